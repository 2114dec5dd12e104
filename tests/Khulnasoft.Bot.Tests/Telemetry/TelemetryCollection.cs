namespace Khulnasoft.Bot.Tests.Telemetry;

/// <summary>
/// The telemetry tests run one after another: two traced hosts running deletions at the same time in one test
/// process made the later one's proactive notice never arrive (seen on a loaded machine; each passes alone).
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
