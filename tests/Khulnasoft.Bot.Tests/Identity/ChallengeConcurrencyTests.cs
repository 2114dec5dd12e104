using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>Concurrent answers and requests on the real Redis store: the compare-and-set never hands out extra attempts or codes.</summary>
public sealed class ChallengeConcurrencyTests(RedisServer redis, IdentitySandbox sandbox) : IClassFixture<RedisServer>, IClassFixture<IdentitySandbox>
{
    private const string Ada = "ada@example.com";
    private const string Purpose = OneTimeCodePurposes.Identity;

    [Fact]
    public async Task TwentyConcurrentWrongCodes_UseExactlyThreeAttempts_AndLockTheRightCodeOut()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock(), NewRedisStorage());
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);
        var wrong = code == "111111" ? "222222" : "111111";

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => services.Codes.VerifyAsync(Ada, Purpose, wrong, CancellationToken.None)));
        var right = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);

        Assert.Equal([2, 1], results.Where(r => r.Status == CodeVerifyStatus.Wrong).Select(r => r.AttemptsLeft).Order().Reverse());
        Assert.Equal(18, results.Count(r => r.Status == CodeVerifyStatus.Locked));
        Assert.Equal(CodeVerifyResult.Locked, right);
    }

    [Fact]
    public async Task ConcurrentRightCodes_VerifyExactlyOnce()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock(), NewRedisStorage());
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None)));

        Assert.Single(results, r => r.Status == CodeVerifyStatus.Verified);
        Assert.Equal(7, results.Count(r => r.Status == CodeVerifyStatus.NoCode));
    }

    [Fact]
    public async Task TenConcurrentRequests_ForANewAddress_ArmAtMostTheHourlyLimit()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock(), NewRedisStorage());
        var address = $"concurrent-{Guid.NewGuid():N}@example.com";

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => services.Codes.IssueAsync(address, Purpose, CancellationToken.None)));

        Assert.Equal(3, results.Count(r => r.Status == CodeIssueStatus.Sent));
        Assert.Equal(7, results.Count(r => r.Status == CodeIssueStatus.RateLimited));
    }

    private RedisStorage NewRedisStorage() =>
        new(redis.Connection, new RedisStorageOptions { KeyPrefix = $"test:{Guid.NewGuid():N}:" });
}
