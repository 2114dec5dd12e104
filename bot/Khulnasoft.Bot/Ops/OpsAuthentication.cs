namespace Khulnasoft.Bot.Ops;

/// <summary>The console's authentication schemes: a cookie for the session, OpenID Connect to sign in.</summary>
public static class OpsAuthentication
{
    public const string CookieScheme = "ops-cookie";

    public const string OidcScheme = "ops-oidc";
}
