namespace Khulnasoft.Bot.Ops;

/// <summary>
/// OpenID Connect sign-in for the console (section <c>Ops:Oidc</c>), e.g. Entra ID: the signed-in user must have the
/// role <c>Jobs:Dashboard:Role</c> (Entra app roles arrive in the <c>roles</c> claim).
/// </summary>
public sealed class OpsOidcOptions
{
    /// <summary>e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>. Unset: no OpenID Connect sign-in.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Keep it in a secret store.</summary>
    public string? ClientSecret { get; set; }
}
