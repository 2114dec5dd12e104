using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>A user or bot in a conversation. Teams adds fields (givenName, email, …) that land in <see cref="Properties"/>.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount() { }

    public ChannelAccount(string? id, string? name = null, string? role = null, string? aadObjectId = null)
    {
        Id = id;
        Name = name;
        Role = role;
        AadObjectId = aadObjectId;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal ChannelAccount Copy()
    {
        var copy = (ChannelAccount)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
