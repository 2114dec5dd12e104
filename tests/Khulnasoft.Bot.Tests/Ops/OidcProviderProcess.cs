using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// A real OpenID Connect provider (the npm package <c>oidc-provider</c>, tests/tools/oidc-provider.mjs) on a free
/// loopback port over https with a self-signed certificate for 127.0.0.1 (the same one the console's host serves).
/// Its development login form accepts any password; <paramref name="users"/> gives each user's roles.
/// </summary>
public sealed class OidcProviderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private OidcProviderProcess(Process process, string folder, string issuer, X509Certificate2 certificate) =>
        (_process, _folder, Issuer, Certificate) = (process, folder, issuer, certificate);

    public string Issuer { get; }

    /// <summary>The loopback certificate (with its key) both servers use; clients trust exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    public static async Task<OidcProviderProcess> StartAsync(X509Certificate2 certificate, string clientId, string clientSecret, string redirectUri, IReadOnlyDictionary<string, string[]> users)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var folder = Directory.CreateTempSubdirectory("oidc-provider-").FullName;
        var port = FreePort.Next();
        await File.WriteAllTextAsync(Path.Combine(folder, "key.pem"), certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        var settingsFile = Path.Combine(folder, "settings.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(new
        {
            port, keyFile = Path.Combine(folder, "key.pem"), certFile = Path.Combine(folder, "cert.pem"), clientId, clientSecret, redirectUri, users,
        }));

        var script = RepoPaths.Combine("tests", "tools", "oidc-provider.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(script)! };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(settingsFile);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                return new OidcProviderProcess(process, folder, line["listening ".Length..].Trim(), certificate);
            }
        }

        throw new InvalidOperationException("oidc-provider did not start (run `cd tests/tools && npm ci`): " + await stderr);
    }

    /// <summary>A self-signed server certificate for 127.0.0.1, usable by Kestrel and node.</summary>
    public static X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>An HTTP handler that trusts exactly <paramref name="certificate"/> (and nothing else).</summary>
    public static HttpClientHandler Trusting(X509Certificate2 certificate) => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.Thumbprint == certificate.Thumbprint,
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
