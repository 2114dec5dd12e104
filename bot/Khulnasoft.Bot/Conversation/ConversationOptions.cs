namespace Khulnasoft.Bot.Conversation;

/// <summary>Settings of the deletion conversation (section <c>Conversation</c>).</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>The real dashboard, used when nothing else is configured.</summary>
    public const string DefaultDashboardBaseUrl = "https://dash.khulnasoft.com";

    /// <summary>
    /// Base of the dashboard deep links in the checklist. Empty: <c>https://dash.khulnasoft.com</c>, or in sandbox mode
    /// the sandbox dashboard (<c>/sandbox/dash</c> on this host; the host sets that). A path means "on this host".
    /// </summary>
    public string DashboardBaseUrl { get; set; } = "";

    /// <summary>Base of the help links (the developer docs the help page links to).</summary>
    public string HelpBaseUrl { get; set; } = "https://developers.khulnasoft.com";

    /// <summary>The help page "Delete your Khulnasoft account".</summary>
    public string HelpPagePath { get; set; } = "/fundamentals/account/account-security/delete-account/";

    /// <summary>How long a verified identity is reused in the same conversation before the user is asked again.</summary>
    public TimeSpan IdentityReuse { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The language when neither the activity's <c>locale</c> nor the user's saved choice names one the bot speaks
    /// (<c>en</c> or <c>de</c>; a region such as <c>de-CH</c> is accepted and means its language).
    /// </summary>
    public string DefaultCulture { get; set; } = "en";

    /// <summary>How many unrecognised answers in a row before the bot offers a human.</summary>
    public int FailuresBeforeHuman { get; set; } = 3;
}
