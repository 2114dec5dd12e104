using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards.Checklist;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// The console's own texts in the operator's language (<c>OpsTexts.resx</c> and its siblings; the request's culture is
/// set by <see cref="OpsLocalization"/>). Keys are read by name: <c>T("NavCases")</c>, <c>T("CaseTitle", caseId)</c>.
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
}
