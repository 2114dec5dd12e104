using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// Bot Framework channel tokens for the Production host, signed by the lab's <see cref="TestIssuer"/>: the claims a
/// channel sends (iss, aud = the app id, serviceurl), and the ways an attacker would bend them.
/// </summary>
public static class ChannelTokens
{
    public const string Issuer = "https://api.botframework.com";

    public static string Valid(TestIssuer issuer, string serviceUrl) => Signed(issuer, serviceUrl);

    /// <summary>Right claims, signed by a key the channel's metadata does not publish.</summary>
    public static string Forged(TestIssuer issuer, string serviceUrl) => Signed(issuer, serviceUrl, keyId: TestIssuer.UnpublishedKeyId);

    /// <summary>Expired <paramref name="ago"/> ago (beyond the 5 minutes of clock skew every validator allows).</summary>
    public static string Expired(TestIssuer issuer, string serviceUrl, TimeSpan ago)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return Signed(issuer, serviceUrl, notBefore: now - ago - TimeSpan.FromHours(1), expires: now - ago);
    }

    /// <summary>Issued for another bot (its app id as audience).</summary>
    public static string WrongAudience(TestIssuer issuer, string serviceUrl) => Signed(issuer, serviceUrl, audience: "00000000-0000-4000-8000-0000000a77ac");

    private static string Signed(TestIssuer issuer, string serviceUrl, string keyId = TestIssuer.EndorsedKeyId, string audience = FaultSettings.AppId, DateTime? notBefore = null, DateTime? expires = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return issuer.CreateToken(new Dictionary<string, object> { ["iss"] = Issuer, ["aud"] = audience, ["serviceurl"] = serviceUrl }, keyId, notBefore, expires);
    }
}
