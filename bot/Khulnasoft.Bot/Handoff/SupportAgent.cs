namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// One support agent of the built-in hub (an entry of <c>Support:Agents</c>): who they are in Microsoft Entra, so the
/// bot can open a personal Teams chat with them, and how the user sees them ("Mike (Customer Success)").
/// </summary>
public sealed class SupportAgent
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Where follow-ups for this agent go; optional.</summary>
    public string? Email { get; set; }

    public string TenantId { get; set; } = string.Empty;

    public string AadObjectId { get; set; } = string.Empty;

    /// <summary>Shown to the user next to the name. Default "Support".</summary>
    public string Title { get; set; } = "Support";
}
