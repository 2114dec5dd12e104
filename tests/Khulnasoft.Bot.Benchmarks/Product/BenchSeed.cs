using System.Globalization;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// The sandbox seed of product mode: the demo seed (next to the host's build output) plus <c>count</c> self-serve
/// users <c>benchN@bench.example</c>, each primary owner of one account whose only open prerequisite is the payment
/// method on file, so the checklist stays open for the re-check. Enough users are needed because an address gets at
/// most <c>OneTimeCodes:MaxCodesPerHour</c> (≤ 20) codes an hour.
/// </summary>
public static class BenchSeed
{
    public static string Address(int user) => "bench" + user.ToString(CultureInfo.InvariantCulture) + "@bench.example";

    /// <summary>Writes the seed to a temporary file and returns its path.</summary>
    public static string Write(string hostDirectory, int count)
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(hostDirectory, "Sandbox", "seed.json")))!.AsObject();
        for (var n = 0; n < count; n++)
        {
            var id = "bench" + n.ToString(CultureInfo.InvariantCulture);
            seed["users"]!.AsArray().Add(new JsonObject { ["id"] = "user_" + id, ["email"] = Address(n), ["name"] = "Bench User " + n.ToString(CultureInfo.InvariantCulture) });
            seed["accounts"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "acct_" + id,
                ["name"] = "Bench Account " + n.ToString(CultureInfo.InvariantCulture),
                ["type"] = "standard",
                ["created_on"] = "2024-01-15T12:00:00Z",
                ["members"] = new JsonArray(new JsonObject { ["id"] = "mem_" + id, ["user_id"] = "user_" + id, ["roles"] = new JsonArray("Super Administrator"), ["is_primary_owner"] = true }),
                ["payment_method"] = new JsonObject { ["type"] = "card", ["brand"] = "Visa", ["last4"] = "4242", ["expiry_month"] = 1, ["expiry_year"] = 2030 },
                ["balance"] = 0,
                ["currency"] = "USD",
            });
        }

        var path = Path.Combine(Path.GetTempPath(), $"bench-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }
}
