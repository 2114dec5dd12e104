using System.Text.RegularExpressions;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Ops;
using Khulnasoft.Bot.Tests.Localization;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// The console words every case state, every outcome of an operator's action and every audit action the product
/// records in each language it speaks. The audit actions are read from the product's sources (the <c>CaseChange</c>
/// actions, the job entries, the <c>*Audit</c> classes' constants, the lifecycle stages' failures and retries), so a
/// new action without a label fails here.
/// </summary>
public sealed partial class OpsLabelsTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void EveryCaseState_AndEveryActionOutcome_HasAText(string culture)
    {
        var missing = InCulture.Read(culture, () =>
            Enum.GetValues<DeletionCaseState>().Where(s => OpsTexts.State(s) == "State_" + s).Select(s => "State_" + s)
                .Concat(Enum.GetValues<OperatorActionOutcome>()
                    .Where(o => OpsTexts.ActionResult(OperatorActionResult.Refused(o, "x")) == "Action_" + o).Select(o => "Action_" + o))
                .ToList());

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void EveryRecordedAuditAction_HasALabel(string culture)
    {
        var actions = RecordedAuditActions();

        var unlabelled = InCulture.Read(culture, () => actions.Where(a => OpsTexts.AuditAction(a) is null).ToList());

        Assert.Empty(unlabelled);
    }

    [Fact]
    public void TheScan_FindsTheAuditActionsOfEveryFeature()
    {
        // Guards the label check against passing on an empty or partial scan.
        var actions = RecordedAuditActions();

        Assert.Subset(actions, new HashSet<string>(StringComparer.Ordinal)
        {
            "case.requested", "job.scheduled", "purge.scheduled", "deletion.failed", "purge.retry_scheduled", "approval.vote",
            "data_export.offered", "handoff.accepted", "fix.applied",
        });
        Assert.Null(OpsTexts.AuditAction("no.such_action"));
    }

    [Fact]
    public void JobStates_AreLabelled_AndOneWithoutALabel_IsShownAsItIs()
    {
        Assert.Equal("Geplant", InCulture.Read("de", () => OpsTexts.JobState("Scheduled")));
        Assert.Equal("abgelaufen oder gelöscht", InCulture.Read("de", () => OpsTexts.JobState(CaseJobStates.Missing)));
        Assert.Equal("SomethingNew", InCulture.Read("de", () => OpsTexts.JobState("SomethingNew")));
    }

    private static HashSet<string> RecordedAuditActions()
    {
        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Combine("bot", "Khulnasoft.Bot"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin")))
        {
            var source = File.ReadAllText(path);
            var patterns = Path.GetFileName(path).EndsWith("Audit.cs", StringComparison.Ordinal) ? [RecordedAction(), AuditConstant()] : new[] { RecordedAction() };
            foreach (var pattern in patterns)
            {
                actions.UnionWith(pattern.Matches(source).Select(m => m.Groups[1].Value));
            }

            foreach (var stageAction in StageAction().Matches(source).Select(m => m.Groups[1].Value))
            {
                actions.UnionWith([LifecycleStage.Deletion.Name + "." + stageAction, LifecycleStage.Purge.Name + "." + stageAction]);
            }
        }

        return actions;
    }

    /// <summary><c>new CaseChange("case.requested"</c>, <c>CaseChange("x.y"</c>, <c>action: "job.x"</c>, <c>string action = "job.scheduled"</c>, <c>CaseJobs.Scheduled(jobId, due, "purge.scheduled")</c>.</summary>
    [GeneratedRegex(@"(?:CaseChange\(|action: |string action = |CaseJobs\.Scheduled\([^;]*?, )""([a-z_]+\.[a-z_]+)""")]
    private static partial Regex RecordedAction();

    [GeneratedRegex(@"const string \w+ = ""([a-z_]+\.[a-z_]+)"";")]
    private static partial Regex AuditConstant();

    [GeneratedRegex(@"\$""\{stage\.Name\}\.([a-z_]+)""")]
    private static partial Regex StageAction();
}
