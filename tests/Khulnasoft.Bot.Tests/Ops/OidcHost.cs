using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// The real host (Program) on Kestrel over https (the loopback certificate), outside Development (no loopback
/// shortcut: the operator must sign in), with the given settings and service changes.
/// </summary>
public sealed class OidcHost(X509Certificate2 certificate, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> services) : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    public OidcHost Start(int port)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(certificate)));
        StartServer();
        BaseAddress = new Uri($"https://127.0.0.1:{port}/");
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Staging");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services);
    }
}
