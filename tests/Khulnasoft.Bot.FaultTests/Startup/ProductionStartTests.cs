using Khulnasoft.Bot.FaultTests.Hosts;

namespace Khulnasoft.Bot.FaultTests.Startup;

/// <summary>
/// An operator starting the real host in Production with settings missing gets every missing or invalid setting in
/// one message, not one per attempt: the process is started for real (no WebApplicationFactory) and its output read.
/// </summary>
public sealed class ProductionStartTests
{
    /// <summary>What an empty Production configuration lacks, each named by its configuration key.</summary>
    private static readonly string[] RequiredInProduction =
    [
        "MicrosoftAppId",
        "Invoices:SigningKey",
        "Storage:RedisConnection",
        "Mail:Smtp:Host",
        "OneTimeCodes:HashKey",
        "Deletion:EmailHashKey",
        "DirectLine:Secret",
        "Receipts:SigningKey",
        "Khulnasoft:ApiBaseUrl",
        "Khulnasoft:ServiceToken",
    ];

    [Fact]
    public async Task Production_WithAnEmptyConfiguration_RefusesToStart_NamingEveryMissingSettingInOneMessage()
    {
        await using var host = new BotProcess("production-empty", "Production", new Dictionary<string, string?>());

        var (exitCode, output) = await host.RunToExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        var message = OneMessage(output);
        Assert.All(RequiredInProduction, key => Assert.Contains(key, message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_WithOneBadValue_NamesThatSettingAndNothingElse()
    {
        var settings = FaultSettings.Production(redisConnection: "127.0.0.1:1", openIdMetadataUrl: "https://login.example.invalid/v1/.well-known/openidconfiguration");
        settings["OneTimeCodes:HashKey"] = "too-short";
        await using var host = new BotProcess("production-one-bad", "Production", settings);

        var (exitCode, output) = await host.RunToExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        var message = OneMessage(output);
        Assert.Contains("OneTimeCodes:HashKey", message, StringComparison.Ordinal);
        Assert.Contains("1 setting is missing or invalid", message, StringComparison.Ordinal);
    }

    /// <summary>The refusal: a header line and one " - " line per setting; it must appear exactly once.</summary>
    private static string OneMessage(string output)
    {
        const string Header = "The host cannot start:";
        var at = output.IndexOf(Header, StringComparison.Ordinal);
        Assert.True(at >= 0, "No start-up refusal in the output:\n" + output);
        Assert.Equal(at, output.LastIndexOf(Header, StringComparison.Ordinal));
        var lines = output[at..].Split('\n');
        return string.Join('\n', lines.TakeWhile((line, i) => i == 0 || line.TrimStart().StartsWith("- ", StringComparison.Ordinal)));
    }
}
