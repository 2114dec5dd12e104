namespace Khulnasoft.Bot.Ops;

/// <summary>The operator console (section <c>Ops</c>). Who may use it: <c>Jobs:Dashboard</c> (Basic credentials, role).</summary>
public sealed class OpsOptions
{
    public const string SectionName = "Ops";

    /// <summary>Cases per page of the case list. Default 25.</summary>
    public int PageSize { get; set; } = 25;

    /// <summary>OpenID Connect sign-in (Entra ID); used when <see cref="OpsOidcOptions.Authority"/> is set.</summary>
    public OpsOidcOptions Oidc { get; set; } = new();
}
