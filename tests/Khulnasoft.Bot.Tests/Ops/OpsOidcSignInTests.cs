using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Ops;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.TestSupport;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// The console's OpenID Connect sign-in end to end against a real provider (oidc-provider over https on loopback):
/// /ops → the provider's authorize endpoint → its login form → the code, posted back to /ops/signin-oidc as a browser
/// does (cross-site, with its Origin) → the token request → the session cookie → the page names the operator. A user
/// without the configured role gets 403; an id_token from another issuer is refused and signs nobody in.
/// </summary>
[Collection(JobsRedisCollection.Name)]
public sealed partial class OpsOidcSignInTests(RedisServer redis) : IAsyncLifetime
{
    private const string Role = "ops-console";
    private readonly X509Certificate2 _certificate = OidcProviderProcess.LoopbackCertificate();
    private FakeAccountApi _api = null!;
    private OidcProviderProcess _provider = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeAccountApi.StartAsync();
        var port = FreePort.Next();
        _provider = await OidcProviderProcess.StartAsync(_certificate, "ops-console-client", "ops-console-client-secret-0123456789",
            $"https://127.0.0.1:{port}/ops/signin-oidc", new Dictionary<string, string[]> { ["olivia"] = [Role], ["mallory"] = ["reader"] });
        _host = BotTestHost.ForJobsInStaging(redis.ConnectionString, _api, "ops-console-basic-password-0123", port: port).OverHttps(_certificate)
            .WithSetting("Ops:Oidc:Authority", _provider.Issuer)
            .WithSetting("Ops:Oidc:ClientId", "ops-console-client")
            .WithSetting("Ops:Oidc:ClientSecret", "ops-console-client-secret-0123456789")
            .WithSetting("Jobs:Dashboard:Role", Role)
            .WithServices(services =>
                services.Configure<OpenIdConnectOptions>(OpsAuthentication.OidcScheme, o => o.BackchannelHttpHandler = OidcProviderProcess.Trusting(_certificate)))
            .Start();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        await _api.DisposeAsync();
        _certificate.Dispose();
    }

    [Fact]
    public async Task OliviaWithTheRole_SignsInAtTheProvider_AndTheConsoleNamesHer()
    {
        using var browser = Browser(out var cookies);
        using var challenge = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/register"));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(_provider.Issuer + "/auth?", challenge.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);

        var (status, url, page) = await SignInAsync(browser, challenge, "olivia");

        Assert.True(status == HttpStatusCode.OK, $"{status} at {url}: {page[..Math.Min(page.Length, 300)]}");
        Assert.Equal("/ops/register", url.AbsolutePath);
        Assert.Contains("Signed in as olivia", page, StringComparison.Ordinal);
        Assert.Contains(cookies.GetCookies(new Uri(_host.BaseAddress, "/ops/")).Cast<Cookie>(), c => c.Name == "khulnasoft.operators" && c.Secure && c.HttpOnly);
        using var again = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/cases"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task MalloryWithoutTheRole_IsSignedIn_ButGets403()
    {
        using var browser = Browser(out _);
        using var challenge = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/cases"));

        var (status, url, _) = await SignInAsync(browser, challenge, "mallory");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("/ops/cases", url.AbsolutePath);
        using var again = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/cases"));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    [Fact]
    public async Task AnIdTokenFromAnotherIssuer_IsRefused_AndSignsNobodyIn()
    {
        await using var other = await TestIssuer.StartAsync("https://login.other.example/v2.0");
        using var browser = Browser(out var cookies);
        using var challenge = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/cases"));
        var state = Regex.Match(challenge.Headers.Location!.Query, "[?&]state=([^&]+)").Groups[1].Value;
        var forged = other.CreateToken(new Dictionary<string, object>
        {
            ["iss"] = "https://login.other.example/v2.0", ["aud"] = "ops-console-client", ["sub"] = "mallory", ["preferred_username"] = "mallory", ["roles"] = Role,
        });

        using var callback = new HttpRequestMessage(HttpMethod.Post, new Uri(_host.BaseAddress, "/ops/signin-oidc"))
        {
            Content = new FormUrlEncodedContent([new("state", Uri.UnescapeDataString(state)), new("id_token", forged), new("code", "not-a-code")]),
        };
        callback.Headers.Add("Origin", "https://login.other.example");
        using var refused = await browser.SendAsync(callback);

        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.DoesNotContain(cookies.GetCookies(new Uri(_host.BaseAddress, "/ops/")).Cast<Cookie>(), c => c.Name == "khulnasoft.operators");
        using var after = await browser.GetAsync(new Uri(_host.BaseAddress, "/ops/cases"));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith(_provider.Issuer + "/auth?", after.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    private HttpClient Browser(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        var handler = OidcProviderProcess.Trusting(_certificate);
        handler.AllowAutoRedirect = false;
        handler.CookieContainer = cookies;
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>
    /// Follows what a browser would: redirects, and each form on the way (the provider's login form with the user's
    /// name and any password, its consent form, the form_post back to the console), each POST with its page's Origin,
    /// until a console page that is not the callback answers.
    /// </summary>
    private async Task<(HttpStatusCode Status, Uri Url, string Page)> SignInAsync(HttpClient browser, HttpResponseMessage first, string user)
    {
        var response = first;
        var url = first.RequestMessage!.RequestUri!;
        for (var step = 0; step < 15; step++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect)
            {
                url = new Uri(url, response.Headers.Location!);
                response = await browser.GetAsync(url);
                continue;
            }

            var page = await response.Content.ReadAsStringAsync();
            if (url.Port == _host.BaseAddress.Port)
            {
                return (response.StatusCode, url, page);
            }

            var form = FormTag().Match(page);
            Assert.True(form.Success, $"a form at {url} ({response.StatusCode}): {page[..Math.Min(page.Length, 400)]}");
            var fields = InputTag().Matches(page).Select(i => (Name: Attribute(i.Value, "name"), Value: Attribute(i.Value, "value")))
                .Where(f => f.Name is not null)
                .Select(f => new KeyValuePair<string, string>(f.Name!, f.Name switch { "login" => user, "password" => "any-password", _ => f.Value ?? "" }))
                .ToList();
            var target = new Uri(url, System.Net.WebUtility.HtmlDecode(Attribute(form.Value, "action")!));
            using var post = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
            post.Headers.Add("Origin", url.GetLeftPart(UriPartial.Authority));
            response = await browser.SendAsync(post);
            url = target;
        }

        throw new InvalidOperationException("The sign-in did not come back to the console.");
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, "\\s" + name + "=\"([^\"]*)\"") is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<form[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();
}
