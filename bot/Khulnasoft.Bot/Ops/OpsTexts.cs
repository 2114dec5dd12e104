using System.Globalization;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards.Checklist;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The console's own texts in the operator's language (<c>OpsTexts.resx</c> and its siblings; the request's culture is
/// set by <see cref="OpsLocalization"/>). Keys are read by name: <c>T("NavCases")</c>, <c>T("CaseTitle", caseId)</c>.
/// States, audit actions and Hangfire job states are display labels of stable English codes: what is stored, the audit
/// export and the CSV keep the codes.
/// </summary>
public static class OpsTexts
{
    private static readonly IStringLocalizer L = Localized.For(typeof(OpsTexts));

    public static string T(string key) => L[key];

    public static string T(string key, params object[] arguments) => L[key, arguments];

    /// <summary>A conversation funnel step as the operator reads it; a prerequisite by its checklist item's title.</summary>
    public static string FunnelStep(string step) =>
        FunnelSteps.PrerequisiteKind(step) is { } kind && Enum.TryParse<ChecklistItemKind>(kind, out var parsed)
            ? L["StepPrerequisiteDone", new ChecklistItem(parsed, true, "", "").Title]
            : L["Step_" + step];

    /// <summary>A case funnel step (<see cref="FunnelCounts.Steps"/>) as the operator reads it.</summary>
    public static string CaseStep(string step) => L["CaseStep_" + (step ?? "").Replace(' ', '_')];

    /// <summary>A case state as the operator reads it (<c>State_{name}</c>).</summary>
    public static string State(DeletionCaseState state) => L["State_" + state];

    /// <summary>An audit action's label (<c>case.requested</c>: key <c>Audit_case_requested</c>), or null when it has none.</summary>
    public static string? AuditAction(string action) => Label("Audit_" + (action ?? "").Replace('.', '_'));

    /// <summary>A Hangfire job state (<c>Succeeded</c>, <c>Scheduled</c>, …) as the operator reads it; an unknown one as it is.</summary>
    public static string JobState(string state) => Label("JobState_" + state) ?? state;

    /// <summary>
    /// What an operator's action came to, in words (<c>Action_{outcome}</c>), its arguments as the console shows them:
    /// states by their label, dates as the UTC day in the operator's culture, a case's blockers said by
    /// <see cref="BlockerTexts"/> and joined with "; ".
    /// </summary>
    public static string ActionResult(OperatorActionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return L["Action_" + result.Outcome, [.. result.Arguments.Select(Argument)]];
    }

    private static object Argument(object argument) => argument switch
    {
        DeletionCaseState state => State(state),
        DateTimeOffset at => OpsHtml.Date(at),
        string text => text,
        IEnumerable<CaseBlocker> blockers => string.Join("; ", BlockerTexts.Describe(blockers, name => name)),
        IFormattable value => value.ToString(null, CultureInfo.CurrentCulture),
        _ => argument,
    };

    private static string? Label(string key) => L[key] is { ResourceNotFound: false } found ? found.Value : null;
}
