namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>The people in the handoff tests: Cora (seed user of the contract account), her CSM Mike (seed), two support agents.</summary>
public static class TestAgents
{
    public const string Tenant = "9e7b1c2d-4f3a-4c5e-8d6f-0a1b2c3d4e5f";

    public static readonly TestPerson Cora = new("29:cora", "Cora Contract", "c0000000-0000-4000-8000-00000000000c");

    /// <summary>Contract Co's CSM in the sandbox seed.</summary>
    public static readonly TestPerson Mike = new("29:mike", "Mike Morgan", "80000000-0000-4000-8000-000000000008");

    public static readonly TestPerson Sara = new("29:sara", "Sara Support", "5a000000-0000-4000-8000-00000000005a");

    public static readonly TestPerson Alex = new("29:alex", "Alex Agent", "a1000000-0000-4000-8000-0000000000a1");

    /// <summary>The external agent hub's account on the channel: its <c>handoff.status</c> events come from it (<c>Support:ExternalHub:AccountId</c>).</summary>
    public static readonly TestPerson Hub = new("28:external-agent-hub", "Agent Hub", "4b000000-0000-4000-8000-0000000000b4");

    /// <summary><c>Support:Agents</c> settings for these agents (index 0, 1, …).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> AsSupportAgents(params TestPerson[] agents)
    {
        for (var i = 0; i < agents.Length; i++)
        {
            yield return new($"Support:Agents:{i}:Name", agents[i].Name);
            yield return new($"Support:Agents:{i}:TenantId", Tenant);
            yield return new($"Support:Agents:{i}:AadObjectId", agents[i].AadObjectId);
            yield return new($"Support:Agents:{i}:Email", agents[i].Name.Split(' ')[0].ToLowerInvariant() + "@khulnasoft.example");
        }
    }
}
