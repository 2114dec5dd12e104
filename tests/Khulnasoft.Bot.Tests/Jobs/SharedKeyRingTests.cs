using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// Two instances of the service behind one address, each with its own disk (a key directory of its own, as on two
/// machines) and the same Redis: the dashboard's anti-forgery token that instance A put in its page is accepted by
/// instance B, because the data protection key ring lives in Redis (no sticky sessions needed).
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed partial class SharedKeyRingTests(RedisServer redis) : IAsyncLifetime
{
    private const string Password = "correct-horse-battery-staple";
    private readonly string _prefix = $"test:{Guid.NewGuid():N}:";
    private readonly List<string> _keyDirectories = [];
    private FakeAccountApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeAccountApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        foreach (var directory in _keyDirectories)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ADashboardTokenMintedByInstanceA_IsAcceptedByInstanceB()
    {
        await using var a = Instance().Start();
        await using var b = Instance().Start();
        using var cookies = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(cookies);
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:" + Password)));
        var baseA = BaseAddress(a);
        var baseB = BaseAddress(b);

        var page = await browser.GetStringAsync(new Uri(baseA, "/hangfire/recurring"));
        using var trigger = new HttpRequestMessage(HttpMethod.Post, new Uri(baseB, "/hangfire/recurring/trigger"))
        {
            Content = new FormUrlEncodedContent([new("jobs[]", "deletion-watchdog")]),
        };
        trigger.Headers.Add(WebUtility.HtmlDecode(HeaderAttribute().Match(page).Groups[1].Value), WebUtility.HtmlDecode(TokenAttribute().Match(page).Groups[1].Value));
        using var response = await browser.SendAsync(trigger);

        Assert.NotEqual(baseA, baseB);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await redis.Connection.GetDatabase().ListLengthAsync(_prefix + "dataprotection:keys") >= 1, "the key ring is in Redis");
    }

    /// <summary>A Staging instance with the shared prefix, whose local key directory is its own (another machine's disk).</summary>
    private BotTestHost Instance()
    {
        var directory = Directory.CreateTempSubdirectory("keyring-").FullName;
        _keyDirectories.Add(directory);
        var host = BotTestHost.ForJobsInStaging(redis.ConnectionString, _api, Password, _prefix);
        // Where the host configures no key repository, ASP.NET keeps the ring on the machine's disk: here, one of its own.
        host.ServiceChanges.Add(services => services.PostConfigure<KeyManagementOptions>(o => o.XmlRepository ??= new FileSystemXmlRepository(new DirectoryInfo(directory), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance)));
        return host;
    }

    private static Uri BaseAddress(BotTestHost host)
    {
        using var client = host.CreateClient();
        return client.BaseAddress!;
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]*)\"")]
    private static partial Regex TokenAttribute();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]*)\"")]
    private static partial Regex HeaderAttribute();
}
