namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>
/// The bot's identity and the Bot Framework endpoints, with the SDK's own configuration key names, read from the
/// configuration root (<c>MicrosoftAppId</c>, …). An empty <see cref="MicrosoftAppId"/> means anonymous local mode.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary>The token authority, e.g. <c>https://login.microsoftonline.com/botframework.com</c>.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    public string? ToChannelFromBotOAuthScope { get; set; }

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The app type, with the SDK's rule: missing or unknown means MultiTenant.</summary>
    public string AppType =>
        string.Equals(MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase) ? BotAppTypes.SingleTenant
        : string.Equals(MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase) ? BotAppTypes.UserAssignedMsi
        : BotAppTypes.MultiTenant;

    public string ChannelOpenIdMetadataUrl => OrDefault(ToBotFromChannelOpenIdMetadataUrl, AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);

    public string EmulatorOpenIdMetadataUrl => OrDefault(ToBotFromEmulatorOpenIdMetadataUrl, AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl);

    public string ChannelTokenIssuer => OrDefault(ToBotFromChannelTokenIssuer, AuthenticationConstants.ToBotFromChannelTokenIssuer);

    public string OAuthScope => OrDefault(ToChannelFromBotOAuthScope, AuthenticationConstants.ToChannelFromBotOAuthScope);

    /// <summary>The authority for outgoing tokens: the override, else the tenant's (SingleTenant) or botframework.com's.</summary>
    public string LoginUrl =>
        !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl) ? ToChannelFromBotLoginUrl.TrimEnd('/')
        : AuthenticationConstants.ToChannelFromBotLoginUrlPrefix
          + (AppType == BotAppTypes.SingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? MicrosoftAppTenantId : AuthenticationConstants.DefaultChannelAuthTenant);

    private static string OrDefault(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
