namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Public-cloud endpoints and issuers of the Bot Framework (protocol doc §3.1–3.2).</summary>
public static class AuthenticationConstants
{
    public const string ToBotFromChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string ToBotFromEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string ToBotFromChannelTokenIssuer = "https://api.botframework.com";
    public const string ToChannelFromBotLoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string DefaultChannelAuthTenant = "botframework.com";
    public const string ToChannelFromBotOAuthScope = "https://api.botframework.com";

    /// <summary>The claim carrying the service URL a channel token was issued for (lower case on the wire).</summary>
    public const string ServiceUrlClaim = "serviceurl";

    public const string AnonymousAuthType = "anonymous";

    /// <summary>Issuers of Emulator tokens (auth protocol 3.1 v1/v2 and 3.2 v1/v2, and US Gov).</summary>
    public static IReadOnlyList<string> EmulatorIssuers { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>The only signature algorithms the SDK accepts.</summary>
    public static IReadOnlyList<string> AllowedSigningAlgorithms { get; } = ["RS256", "RS384", "RS512"];
}
