using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.Channels;

/// <summary>
/// An Entra-like token endpoint for the bot's outgoing token (client credentials) on https://localhost (MSAL refuses
/// plain http), with a certificate only <see cref="CreateTrustingHandler"/> trusts. Answers <c>bot-token-1</c>, ….
/// </summary>
public sealed class TokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private TokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The authority to configure as <c>ToChannelFromBotLoginUrl</c>.</summary>
    public string LoginUrl { get; private set; } = "";

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<TokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new TokenEndpoint(app, certificate);
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials")
            {
                return Results.BadRequest();
            }

            var n = Interlocked.Increment(ref endpoint._requests);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = "bot-token-" + n });
        });
        await app.StartAsync();
        endpoint.LoginUrl = $"https://localhost:{new Uri(app.Urls.First()).Port}/botframework.com";
        return endpoint;
    }

    /// <summary>An HttpClient handler that trusts exactly this endpoint's certificate.</summary>
    public HttpMessageHandler CreateTrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.Thumbprint == Certificate.Thumbprint,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
