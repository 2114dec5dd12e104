using System.Text.Json;
using Json.Schema;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Manifest.Tests;

/// <summary>
/// The official Teams manifest schema shipped in npm <c>@microsoft/app-manifest</c> (tests/tools/node_modules).
/// The files declare draft-04; JsonSchema.Net reads them as draft-07, which checks the same keywords they use.
/// </summary>
public static class TeamsSchema
{
    public static JsonSchema Load(string version)
    {
        var path = RepoPaths.Combine("tests", "tools", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v" + version, "MicrosoftTeams.schema.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run `cd tests/tools && npm ci` (./tests/run.sh does it).");
        }

        var text = File.ReadAllText(path).Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://schemas.test/teams/v{version}/{Guid.NewGuid():N}.json"));
    }

    /// <summary>The validation errors of <paramref name="manifestJson"/> (empty when it is valid).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string manifestJson)
    {
        using var document = JsonDocument.Parse(manifestJson);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")), "invalid"];
    }
}
