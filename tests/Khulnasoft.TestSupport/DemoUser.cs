namespace Khulnasoft.TestSupport;

/// <summary>
/// A person of the demo world (<see cref="DemoUsers"/>): a short key, their name and Entra object id in
/// <see cref="DemoUsers.Tenant"/>, their account-API user id and email when the sandbox seed has them, and the Teams
/// account id they post from (<c>29:</c> + object id, as the fake Teams Connector gives members of the chats it creates).
/// </summary>
public sealed record DemoUser(string Key, string Name, string AadObjectId, string? UserId = null, string? Email = null)
{
    /// <summary>The Teams account id (<c>from.id</c>) this person posts from.</summary>
    public string TeamsId { get; init; } = "29:" + AadObjectId;
}
