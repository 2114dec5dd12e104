namespace Khulnasoft.Bot.WebChat;

/// <summary>The sandbox's demo users offered by the "signed in as" picker (the same people as the sandbox data).</summary>
public static class WebChatDemoUsers
{
    public static IReadOnlyList<WebChatDemoUser> All { get; } =
    [
        new("ada@example.com", "Ada — self-serve, everything still to do"),
        new("ben@example.com", "Ben — self-serve, ready to delete"),
        new("sam@ssocorp.example", "Sam — SSO member, needs approval"),
        new("grace@ssocorp.example", "Grace — SSO super administrator"),
        new("cora@contract.example", "Cora — contract customer"),
        new("lee@held.example", "Lee — under legal hold"),
        new("mike.csm@khulnasoft.example", "Mike — Khulnasoft CSM"),
        new("bob@example.com", "Bob — member of Ada Labs"),
    ];

    public static WebChatDemoUser? Find(string email) =>
        All.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));
}
