namespace Khulnasoft.TestSupport;

/// <summary>
/// The demo identities every test uses: the users of the sandbox seed (<c>bot/Khulnasoft.Sandbox/seed.json</c>: ada,
/// ben, sam, grace, cora, bob, lee), the seed's customer success manager (mike), a second SSO Corp administrator that
/// tests add to the seed (ian), the support agents of <c>Support:Agents</c> (sara, alex) and the external agent hub.
/// </summary>
public static class DemoUsers
{
    /// <summary>The Entra tenant of every demo user.</summary>
    public const string Tenant = "9e7b1c2d-4f3a-4c5e-8d6f-0a1b2c3d4e5f";

    public static readonly DemoUser Ada = new("ada", "Ada Lovelace", "a0000000-0000-4000-8000-00000000000a", "user_ada", "ada@example.com");
    public static readonly DemoUser Ben = new("ben", "Ben Baker", "b0000000-0000-4000-8000-00000000000b", "user_ben", "ben@example.com");
    public static readonly DemoUser Sam = new("sam", "Sam Singh", "50000000-0000-4000-8000-000000000005", "user_sam", "sam@ssocorp.example");
    public static readonly DemoUser Grace = new("grace", "Grace Hopper", "60000000-0000-4000-8000-000000000006", "user_grace", "grace@ssocorp.example");
    public static readonly DemoUser Cora = new("cora", "Cora Contract", "c0000000-0000-4000-8000-00000000000c", "user_cora", "cora@contract.example");
    public static readonly DemoUser Bob = new("bob", "Bob Builder", "90000000-0000-4000-8000-000000000009", "user_bob", "bob@example.com");
    public static readonly DemoUser Lee = new("lee", "Lee Holden", "70000000-0000-4000-8000-000000000007", "user_lee", "lee@held.example");

    /// <summary>Contract Co's Customer Success Manager in the seed (not a user of the account API).</summary>
    public static readonly DemoUser Mike = new("mike", "Mike Morgan", "80000000-0000-4000-8000-000000000008");

    /// <summary>A second super administrator of SSO Corp, added to a copy of the seed by the tests that need him.</summary>
    public static readonly DemoUser Ian = new("ian", "Ian Iverson", "1a000000-0000-4000-8000-00000000001a", "user_ian", "ian@ssocorp.example");

    /// <summary>A support agent of <c>Support:Agents</c> (not in the seed).</summary>
    public static readonly DemoUser Sara = new("sara", "Sara Support", "5a000000-0000-4000-8000-00000000005a", Email: "sara@khulnasoft.example");

    /// <summary>A second support agent of <c>Support:Agents</c> (not in the seed).</summary>
    public static readonly DemoUser Alex = new("alex", "Alex Agent", "a1000000-0000-4000-8000-0000000000a1", Email: "alex@khulnasoft.example");

    /// <summary>The external agent hub's account on the channel (<c>Support:ExternalHub:AccountId</c>).</summary>
    public static readonly DemoUser Hub = new("hub", "Agent Hub", "4b000000-0000-4000-8000-0000000000b4") { TeamsId = "28:external-agent-hub" };

    /// <summary>Every demo user by key.</summary>
    public static IReadOnlyDictionary<string, DemoUser> ByKey { get; } =
        new[] { Ada, Ben, Sam, Grace, Cora, Bob, Lee, Mike, Ian, Sara, Alex, Hub }.ToDictionary(u => u.Key, StringComparer.Ordinal);

    /// <summary><c>Support:Agents</c> settings for these agents (index 0, 1, …).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AsSupportAgents(params DemoUser[] agents)
    {
        ArgumentNullException.ThrowIfNull(agents);
        for (var i = 0; i < agents.Length; i++)
        {
            yield return new($"Support:Agents:{i}:Name", agents[i].Name);
            yield return new($"Support:Agents:{i}:TenantId", Tenant);
            yield return new($"Support:Agents:{i}:AadObjectId", agents[i].AadObjectId);
            yield return new($"Support:Agents:{i}:Email", agents[i].Email ?? agents[i].Key + "@khulnasoft.example");
        }
    }
}
