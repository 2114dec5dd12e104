using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>
/// A challenge record is forgotten an hour and a code's lifetime after its last write, and not before: the hourly
/// limit still holds until then, and the store does not keep one record per address that ever asked for a code.
/// </summary>
public sealed class ChallengeRecordExpiryTests(IdentitySandbox sandbox) : IClassFixture<IdentitySandbox>
{
    private const string Ada = "ada@example.com";
    private const string Purpose = OneTimeCodePurposes.Identity;

    [Fact]
    public async Task ARecord_IsKeptWhileTheLimitReadsIt_AndGoneAfterTheHourAndTheCodesLifetime()
    {
        var clock = IdentitySandbox.NewClock();
        var codeOptions = Options.Create(new OneTimeCodeOptions { HashKey = IdentitySandbox.HashKey });
        var storageOptions = new RedisStorageOptions();
        new ChallengeRecordExpiry(codeOptions).PostConfigure(null, storageOptions);
        var storage = new MemoryStorage(storageOptions, clock);
        var services = sandbox.Services(clock, storage, codeOptions.Value);
        var key = services.Hasher.StorageKey(Purpose, Ada);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(CodeIssueStatus.Sent, (await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None)).Status);
        }

        clock.Advance(TimeSpan.FromMinutes(59));
        var fourth = await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        Assert.Equal(CodeIssueResult.RateLimited(TimeSpan.FromMinutes(1)), fourth);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(CodeIssueStatus.Sent, (await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None)).Status);

        // The last write was that code: its record lives until an hour and ten minutes after it.
        clock.Advance(TimeSpan.FromMinutes(69));
        Assert.Single(await storage.ReadAsync([key]));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await storage.ReadAsync([key]));
        Assert.Equal(CodeIssueStatus.Sent, (await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task TheHost_GivesChallengeKeysTheirTtl_AndLeavesOtherKeysAlone()
    {
        await using var host = new BotTestHost();
        using var client = host.CreateClient();
        var options = host.Services.GetRequiredService<RedisStorageOptions>();
        var key = host.Services.GetRequiredService<ChallengeHasher>().StorageKey(Purpose, Ada);

        Assert.Equal(TimeSpan.FromMinutes(70), options.TtlFor(key));
        Assert.Null(options.TtlFor("cases/42"));
    }

    [Theory]
    [InlineData("00:01:00", "00:01:00")]
    [InlineData("02:00:00", "02:00:00")]
    [InlineData("00:00:00", null)]
    public async Task AConfiguredTtl_Wins_ZeroMeaningForever(string configured, string? expected)
    {
        await using var host = new BotTestHost();
        host.Settings[$"Storage:KeyPrefixTtls:{ChallengeHasher.KeyPrefix}"] = configured;
        using var client = host.CreateClient();
        var options = host.Services.GetRequiredService<RedisStorageOptions>();

        Assert.Equal(expected is null ? null : TimeSpan.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), options.TtlFor(ChallengeHasher.KeyPrefix + "identity/x"));
    }
}
