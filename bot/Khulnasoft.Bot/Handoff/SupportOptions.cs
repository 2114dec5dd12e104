namespace Khulnasoft.Bot.Handoff;

/// <summary>The built-in agent hub (section <c>Support</c>): who can take a conversation, and for how long we wait.</summary>
public sealed class SupportOptions
{
    public const string SectionName = "Support";

    /// <summary>Agents offered every conversation that has no Customer Success Manager. Empty: nobody (email follow-up).</summary>
    public IList<SupportAgent> Agents { get; } = [];

    /// <summary>How long the offer waits for an accept before the user is told and offered an email follow-up. Default 5 minutes; seconds are accepted.</summary>
    public TimeSpan AcceptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where email follow-ups go when no agent took the conversation (a Customer Success Manager gets theirs directly).</summary>
    public string FollowUpAddress { get; set; } = "support@khulnasoft.com";

    /// <summary>
    /// The language of what agents get outside their own turns (the request cards and their updates, the headline,
    /// the hub's end notice): <c>en</c> (default) or <c>de</c>. What answers an agent's own message or click speaks
    /// the language of that turn (their Teams client's locale).
    /// </summary>
    public string AgentCulture { get; set; } = "en";

    /// <summary>How the user sees a Customer Success Manager's role.</summary>
    public string CsmTitle { get; set; } = "Customer Success";

    /// <summary>How many of a conversation's last messages the transcript keeps for an agent. Default 50.</summary>
    public int TranscriptLength { get; set; } = 50;

    /// <summary>How long a transcript line is kept (the storage key also expires with the conversation state). Default 1 day.</summary>
    public TimeSpan TranscriptRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The external agent hub whose <c>handoff.status</c> events are honoured; none by default.</summary>
    public ExternalHubOptions ExternalHub { get; } = new();
}
