using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.TestSupport;

/// <summary>Validates card JSON with the official Adaptive Cards parser (npm adaptivecards 3.0.6) through
/// tests/tools/validate-card.js, many cards per node process.</summary>
public static class AdaptiveCardValidator
{
    public static string ScriptPath => RepoPaths.Combine("tests", "tools", "validate-card.js");

    public sealed record Issue(string Phase, string Event, string? Source, string Message)
    {
        public override string ToString() => $"{Event}: {Message}";
    }

    public sealed record Result(string Name, bool Ok, IReadOnlyList<Issue> Errors, IReadOnlyList<Issue> Warnings);

    public sealed record Report(bool Ok, string MaxVersion, IReadOnlyList<Result> Results)
    {
        public string Describe() => string.Join(
            "\n",
            Results.Where(r => !r.Ok).Select(r => r.Name + ":\n  " + string.Join("\n  ", r.Errors)));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Parses every card at <paramref name="maxVersion"/>. <paramref name="unsupportedActions"/> simulates a
    /// host without those action types (e.g. "Action.Execute" for Web Chat): such actions must carry an object
    /// fallback, or they count as errors.</summary>
    public static async Task<Report> ValidateAsync(
        IEnumerable<(string Name, JsonNode Card)> cards,
        string maxVersion = "1.5",
        IEnumerable<string>? unsupportedActions = null,
        CancellationToken cancellationToken = default)
    {
        var request = new JsonObject
        {
            ["maxVersion"] = maxVersion,
            ["unsupportedActions"] = new JsonArray([.. (unsupportedActions ?? []).Select(a => (JsonNode?)JsonValue.Create(a))]),
            ["cards"] = new JsonArray([.. cards.Select(c => (JsonNode?)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]),
        };
        var outcome = await NodeProcess.RunAsync(ScriptPath, ["--stdin"], request.ToJsonString(), cancellationToken);
        if (outcome.ExitCode is not (0 or 1) || string.IsNullOrWhiteSpace(outcome.StdOut))
        {
            throw new InvalidOperationException($"validate-card.js failed ({outcome.ExitCode}): {outcome.StdErr}");
        }

        var report = JsonSerializer.Deserialize<Report>(outcome.StdOut, Json)
            ?? throw new InvalidOperationException("validate-card.js printed no report.");
        if (report.Ok != (outcome.ExitCode == 0))
        {
            throw new InvalidOperationException($"validate-card.js exit code {outcome.ExitCode} disagrees with its report.");
        }

        return report;
    }

    public static async Task<Result> ValidateAsync(string name, JsonNode card, string maxVersion = "1.5", CancellationToken cancellationToken = default)
    {
        var report = await ValidateAsync([(name, card)], maxVersion, null, cancellationToken);
        return report.Results.Single();
    }
}
