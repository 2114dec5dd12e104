namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// The ids of the conversation's funnel steps before a case exists (stable: they are stored and exported as the
/// metric tag <c>step</c>). A prerequisite is named by its checklist item kind, e.g. <c>prerequisite.DomainRemoved</c>.
/// </summary>
public static class FunnelSteps
{
    public const string Started = "started";
    public const string Identified = "identified";
    public const string RoutedSelfServe = "routed.self";
    public const string RoutedApproval = "routed.approval";
    public const string RoutedCsm = "routed.csm";
    public const string ChecklistShown = "checklist.shown";
    public const string InvoicesShown = "invoices.shown";
    public const string InvoicesSent = "invoices.sent";

    private const string PrerequisitePrefix = "prerequisite.";

    /// <summary>Every item of <paramref name="kind"/> on the checklist is done.</summary>
    public static string PrerequisiteDone(string kind) => PrerequisitePrefix + kind;

    /// <summary>The kind of a <see cref="PrerequisiteDone"/> step, or null for another step.</summary>
    public static string? PrerequisiteKind(string step) =>
        step is not null && step.StartsWith(PrerequisitePrefix, StringComparison.Ordinal) ? step[PrerequisitePrefix.Length..] : null;
}
