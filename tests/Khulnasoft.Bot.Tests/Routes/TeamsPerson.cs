namespace Khulnasoft.Bot.Tests.Routes;

/// <summary>A Teams user of the sandbox seed (or of <c>Support:Agents</c>): a short key, their name and Entra object id.</summary>
public sealed record TeamsPerson(string Key, string Name, string AadObjectId)
{
    public const string Tenant = "9e7b1c2d-4f3a-4c5e-8d6f-0a1b2c3d4e5f";

    public static readonly TeamsPerson Ada = new("ada", "Ada Lovelace", "a0000000-0000-4000-8000-00000000000a");
    public static readonly TeamsPerson Sam = new("sam", "Sam Singh", "50000000-0000-4000-8000-000000000005");
    public static readonly TeamsPerson Grace = new("grace", "Grace Hopper", "60000000-0000-4000-8000-000000000006");
    public static readonly TeamsPerson Bob = new("bob", "Bob Builder", "90000000-0000-4000-8000-000000000009");
    public static readonly TeamsPerson Cora = new("cora", "Cora Contract", "c0000000-0000-4000-8000-00000000000c");

    /// <summary>Contract Co's Customer Success Manager in the seed.</summary>
    public static readonly TeamsPerson Mike = new("mike", "Mike Morgan", "80000000-0000-4000-8000-000000000008");

    /// <summary>A second super administrator of SSO Corp, added by <see cref="WithSecondSsoAdmin"/>.</summary>
    public static readonly TeamsPerson Ian = new("ian", "Ian Iverson", "1a000000-0000-4000-8000-00000000001a");

    /// <summary>A support agent of <c>Support:Agents</c> (not in the seed).</summary>
    public static readonly TeamsPerson Sara = new("sara", "Sara Support", "5a000000-0000-4000-8000-00000000005a");

    /// <summary>The Teams user id the fake channel gives this person in chats the bot creates.</summary>
    public string TeamsId => Channels.FakeChannel.TeamsIdOf(AadObjectId);

    /// <summary>Seed edit: Ian becomes a second super administrator of SSO Corp (with his Entra identity).</summary>
    public static void WithSecondSsoAdmin(System.Text.Json.Nodes.JsonObject seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        seed["users"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "user_ian",
            ["email"] = "ian@ssocorp.example",
            ["name"] = Ian.Name,
            ["entra"] = new System.Text.Json.Nodes.JsonObject { ["tenant_id"] = Tenant, ["object_id"] = Ian.AadObjectId },
        });
        var ssoCorp = seed["accounts"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "acct_ssocorp")!;
        ssoCorp["members"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "mem_ssocorp_ian",
            ["user_id"] = "user_ian",
            ["roles"] = new System.Text.Json.Nodes.JsonArray("Super Administrator"),
            ["is_primary_owner"] = false,
        });
    }

    /// <summary><c>Support:Agents</c> settings for these agents.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AsSupportAgents(params TeamsPerson[] agents)
    {
        for (var i = 0; i < agents.Length; i++)
        {
            yield return new($"Support:Agents:{i}:Name", agents[i].Name);
            yield return new($"Support:Agents:{i}:TenantId", Tenant);
            yield return new($"Support:Agents:{i}:AadObjectId", agents[i].AadObjectId);
            yield return new($"Support:Agents:{i}:Email", agents[i].Key + "@khulnasoft.example");
        }
    }
}
