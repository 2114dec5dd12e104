using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Khulnasoft.Bot.Tests.Hosting;

/// <summary>The real host (Program) on Kestrel, on a free loopback port, in anonymous local mode.</summary>
public sealed class HostFactory : WebApplicationFactory<Program>
{
    public HostFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public string Environment { get; init; } = "Development";

    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
