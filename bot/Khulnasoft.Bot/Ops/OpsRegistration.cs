using Khulnasoft.Bot.Audit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>builder.AddOps()</c>: the operator console (<see cref="OpsEndpoints"/>); with <c>Ops:Oidc:Authority</c> set,
/// OpenID Connect sign-in (authorization code flow) into a session cookie scoped to <c>/ops</c>, the role taken from
/// the <c>roles</c> claim. Needs <c>AddJobs()</c> (operator authorization, anti-forgery) and <c>AddDeletion()</c>.
/// </summary>
public static class OpsRegistration
{
    public static IHostApplicationBuilder AddOps(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OpsOptions>().BindConfiguration(OpsOptions.SectionName)
            .Validate(o => o.PageSize is >= 5 and <= 500, "Ops:PageSize must be between 5 and 500.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Oidc.Authority) || (Uri.TryCreate(o.Oidc.Authority, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps
                && !string.IsNullOrWhiteSpace(o.Oidc.ClientId)), "Ops:Oidc needs an https Authority and a ClientId.")
            .ValidateOnStart();
        services.AddSingleton<OperatorIdentity>();
        services.AddTransient<CaseSearch>();
        services.AddTransient<CaseJobStates>();
        services.AddTransient<RequestRegister>();
        services.AddSingleton<FunnelCounts>();
        services.TryAddSingleton<AccountAuditLog>();

        var oidc = builder.Configuration.GetSection(OpsOptions.SectionName).Get<OpsOptions>()?.Oidc;
        if (!string.IsNullOrWhiteSpace(oidc?.Authority))
        {
            services.AddAuthentication(OpsAuthentication.CookieScheme)
                .AddCookie(OpsAuthentication.CookieScheme, cookie =>
                {
                    cookie.Cookie.Name = "khulnasoft.operators";
                    cookie.Cookie.Path = "/ops";
                    cookie.Cookie.HttpOnly = true;
                    cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                    cookie.Cookie.SameSite = SameSiteMode.Lax;
                    cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                })
                .AddOpenIdConnect(OpsAuthentication.OidcScheme, options =>
                {
                    options.SignInScheme = OpsAuthentication.CookieScheme;
                    options.Authority = oidc.Authority;
                    options.ClientId = oidc.ClientId;
                    options.ClientSecret = oidc.ClientSecret;
                    options.ResponseType = "code";
                    options.UsePkce = true;
                    options.CallbackPath = "/ops/signin-oidc";
                    options.SignedOutCallbackPath = "/ops/signout-oidc";
                    options.Scope.Add("profile");
                    options.Scope.Add("email");
                    // Keep the token's claim names ("roles", "preferred_username"): mapped to the long WS-* names, "roles"
                    // would no longer be the role claim type and no operator would ever have the role.
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters.RoleClaimType = "roles";
                    options.TokenValidationParameters.NameClaimType = "preferred_username";
                });
        }

        return builder;
    }
}
