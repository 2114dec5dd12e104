using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Khulnasoft.TestSupport;

/// <summary>
/// A local OpenID issuer: metadata and a JWKS whose keys carry Bot Framework <c>endorsements</c>, and the RSA keys
/// to sign tokens with. Key "endorsed" endorses msteams/webchat/directline; key "teams-only" only msteams.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    public const string EndorsedKeyId = "endorsed";
    public const string TeamsOnlyKeyId = "teams-only";
    public const string UnpublishedKeyId = "unpublished";

    private readonly WebApplication _app;
    private readonly Dictionary<string, RSA> _keys = new()
    {
        [EndorsedKeyId] = RSA.Create(2048),
        [TeamsOnlyKeyId] = RSA.Create(2048),
        [UnpublishedKeyId] = RSA.Create(2048),
    };

    private TestIssuer(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = "";

    private int _metadataRequests;

    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    public static async Task<TestIssuer> StartAsync(string issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var testIssuer = new TestIssuer(app);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
        {
            Interlocked.Increment(ref testIssuer._metadataRequests);
            var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new JsonObject
            {
                ["issuer"] = issuer,
                ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        });
        app.MapGet("/v1/.well-known/keys", () => Results.Json(testIssuer.Jwks()));
        await app.StartAsync();
        testIssuer.MetadataUrl = app.Urls.First().TrimEnd('/') + "/v1/.well-known/openidconfiguration";
        return testIssuer;
    }

    /// <summary>A signed JWT with the given claims, signed by <paramref name="keyId"/> with RS256.</summary>
    public string CreateToken(IDictionary<string, object> claims, string keyId = EndorsedKeyId, DateTime? notBefore = null, DateTime? expires = null)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var key = new RsaSecurityKey(_keys[keyId]) { KeyId = keyId };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The same payload with <c>alg: none</c> and no signature.</summary>
    public static string WithoutSignature(string signedToken)
    {
        var parts = signedToken.Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
        return header + "." + parts[1] + ".";
    }

    /// <summary>The token with one payload claim changed and the original signature kept.</summary>
    public static string Tampered(string signedToken, string claim, string value)
    {
        var parts = signedToken.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return parts[0] + "." + Base64UrlEncoder.Encode(payload.ToJsonString()) + "." + parts[2];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }

    private JsonObject Jwks() => new()
    {
        ["keys"] = new JsonArray(
            Jwk(EndorsedKeyId, new JsonArray("msteams", "webchat", "directline", "emulator")),
            Jwk(TeamsOnlyKeyId, new JsonArray("msteams"))),
    };

    private JsonObject Jwk(string keyId, JsonArray endorsements)
    {
        var parameters = _keys[keyId].ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
    }
}
