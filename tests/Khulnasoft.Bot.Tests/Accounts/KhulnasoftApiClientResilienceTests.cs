using Khulnasoft.Bot.Accounts;
using static Khulnasoft.Bot.Tests.Accounts.ScriptedApiServer;

namespace Khulnasoft.Bot.Tests.Accounts;

/// <summary>The client against a misbehaving server: each case ends in success or the right exception, never a hang.</summary>
public sealed class KhulnasoftApiClientResilienceTests
{
    private const string AccountOk = """{"success":true,"errors":[],"messages":[],"result":{"id":"a1","name":"Acme","type":"standard","created_on":"2024-01-01T00:00:00Z"}}""";

    [Fact]
    public async Task GetAccount_500ThenSuccess_IsRetried()
    {
        await using var server = await StartAsync(
            Json(500, """{"success":false,"errors":[{"code":"internal","message":"boom"}],"messages":[],"result":null}"""),
            Json(200, AccountOk));

        var account = await server.Client.GetAccountAsync("a1");

        Assert.Equal("Acme", account.Name);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task GetAccount_429WithRetryAfter_WaitsAndSucceeds()
    {
        await using var server = await StartAsync(
            Json(429, """{"success":false,"errors":[{"code":"rate_limited","message":"slow down"}],"messages":[],"result":null}""", ("Retry-After", "1")),
            Json(200, AccountOk));

        var account = await server.Client.GetAccountAsync("a1");

        Assert.Equal("a1", account.Id);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task GetAccount_Always503_ThrowsUnavailableAfterRetries()
    {
        await using var server = await StartAsync(Json(503, "Service Unavailable"));

        var e = await Assert.ThrowsAsync<AccountApiUnavailableException>(() => server.Client.GetAccountAsync("a1"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task GetAccount_WithRetriesOff_MakesOneAttempt()
    {
        // MaxRetryAttempts 0 passes the options' range (0 … 10); the pipeline refused it (Polly's minimum is 1) and every
        // call threw at the first use of the client. Found by the fault suite, whose hosts run with retries off.
        await using var server = await StartAsync(
            new Dictionary<string, string?> { ["Khulnasoft:Resilience:MaxRetryAttempts"] = "0" },
            Json(503, "Service Unavailable"),
            Json(200, AccountOk));

        var e = await Assert.ThrowsAsync<AccountApiUnavailableException>(() => server.Client.GetAccountAsync("a1"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task GetAccount_ServerHangs_ThrowsUnavailable()
    {
        await using var server = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Khulnasoft:Resilience:AttemptTimeout"] = "00:00:00.500",
                ["Khulnasoft:Resilience:TotalTimeout"] = "00:00:05",
            },
            Hang());

        await Assert.ThrowsAsync<AccountApiUnavailableException>(() => server.Client.GetAccountAsync("a1"));
        Assert.True(server.Requests >= 1);
    }

    [Fact]
    public async Task GetAccount_MalformedJson_ThrowsAccountApiException()
    {
        await using var server = await StartAsync(Json(200, """{"success":true,"result":{"id":"""));

        var e = await Assert.ThrowsAsync<AccountApiException>(() => server.Client.GetAccountAsync("a1"));

        Assert.Equal(System.Net.HttpStatusCode.OK, e.StatusCode);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task GetAccount_SuccessFalseWith200_ThrowsWithErrorCodes()
    {
        await using var server = await StartAsync(Json(200, """{"success":false,"errors":[{"code":"account_locked","message":"Locked by staff"}],"messages":[],"result":null}"""));

        var e = await Assert.ThrowsAsync<AccountApiException>(() => server.Client.GetAccountAsync("a1"));

        Assert.Equal(["account_locked"], e.ErrorCodes);
        Assert.IsType<AccountApiException>(e);
    }

    [Fact]
    public async Task GetUser_404UserDeleted_ThrowsNotFoundMarkedDeleted()
    {
        await using var server = await StartAsync(Json(404, """{"success":false,"errors":[{"code":"user_deleted","message":"deleted"}],"messages":[],"result":null}"""));

        var e = await Assert.ThrowsAsync<AccountNotFoundException>(() => server.Client.GetUserAsync("u1"));

        Assert.True(e.IsUserDeleted);
        Assert.False(e.IsUserPurged);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task GetInvoices_FollowsPagesUntilTotalCount()
    {
        static string Page(int page, string id) =>
            $$$"""{"success":true,"errors":[],"messages":[],"result":[{"id":"{{{id}}}","number":"N-{{{id}}}","date":"2026-01-0{{{page}}}","amount":1.5,"currency":"USD","status":"paid"}],"result_info":{"page":{{{page}}},"per_page":1,"count":1,"total_count":3}}""";
        await using var server = await StartAsync(Json(200, Page(1, "i1")), Json(200, Page(2, "i2")), Json(200, Page(3, "i3")));

        var invoices = await server.Client.GetInvoicesAsync("a1");

        Assert.Equal(["i1", "i2", "i3"], invoices.Select(i => i.Id));
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task GetAccount_AfterRepeatedFailures_CircuitOpensAndFailsWithoutCallingTheServer()
    {
        await using var server = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Khulnasoft:Resilience:CircuitBreakerMinimumThroughput"] = "2",
                ["Khulnasoft:Resilience:CircuitBreakerBreakDuration"] = "00:01:00",
            },
            Json(503, "down"));
        await Assert.ThrowsAsync<AccountApiUnavailableException>(() => server.Client.GetAccountAsync("a1"));
        var before = server.Requests;

        var e = await Assert.ThrowsAsync<AccountApiUnavailableException>(() => server.Client.GetAccountAsync("a1"));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);
        Assert.Equal(before, server.Requests);
    }
}
