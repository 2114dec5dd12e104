using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests;

/// <summary>Changes to the sandbox seed that tests make with <see cref="BotTestHost.WithSeed"/>.</summary>
public static class DemoSeedEdits
{
    /// <summary>Ian (<see cref="DemoUsers.Ian"/>) becomes a second super administrator of SSO Corp, with his Entra identity.</summary>
    public static void WithSecondSsoAdmin(JsonObject seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var ian = DemoUsers.Ian;
        seed["users"]!.AsArray().Add(new JsonObject
        {
            ["id"] = ian.UserId,
            ["email"] = ian.Email,
            ["name"] = ian.Name,
            ["entra"] = new JsonObject { ["tenant_id"] = DemoUsers.Tenant, ["object_id"] = ian.AadObjectId },
        });
        var ssoCorp = seed["accounts"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "acct_ssocorp")!;
        ssoCorp["members"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "mem_ssocorp_ian",
            ["user_id"] = ian.UserId,
            ["roles"] = new JsonArray("Super Administrator"),
            ["is_primary_owner"] = false,
        });
    }

    /// <summary>Grace (<see cref="DemoUsers.Grace"/>) has no Entra identity, so the bot cannot reach her in Teams.</summary>
    public static void GraceWithoutTeams(JsonObject seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        seed["users"]!.AsArray().Single(u => u!["id"]!.GetValue<string>() == DemoUsers.Grace.UserId)!.AsObject().Remove("entra");
    }
}
