using Khulnasoft.Bot.Conversation.Prompts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Status;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// A paused (blocked) deletion resumed from the chat: the live checklist of exactly what blocks it (the same
/// <see cref="ChecklistDialog"/>, deep links and Re-check), then, once nothing does, the question whether to resume;
/// yes re-reads the prerequisites and puts the case back to <c>scheduled</c> (<see cref="CaseResumer"/>), audited
/// with the user as the one who resumed it. Begun with a <see cref="ResumeRequest"/>; a case that is not paused is
/// explained and left as it is. Ends with null.
/// </summary>
public sealed class ResumeDialog : ComponentDialog
{
    public new const string Id = "resume";

    private const string ResumePrompt = "resumePrompt";
    private const string Yes = "resume";
    private const string No = "no";

    private readonly DeletionScheduler _scheduler;
    private readonly CaseResumer _resumer;
    private readonly DeletionPlanner _planner;

    public ResumeDialog(DeletionScheduler scheduler, CaseResumer resumer, DeletionPlanner planner, ChecklistDialog checklist)
        : base(Id)
    {
        (_scheduler, _resumer, _planner) = (scheduler, resumer, planner);
        AddDialog(new WaterfallDialog("resumeSteps", [ChecklistAsync, AskAsync, ResumeAsync]));
        AddDialog(checklist);
        AddDialog(new LocalizedTextPrompt<ResumeCardInput>(ResumePrompt, Ask, ValidateAsync));
        InitialDialogId = "resumeSteps";
    }

    private async Task<DialogTurnResult> ChecklistAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = StepValues.Required<ResumeRequest>(step);
        var current = await _scheduler.GetAsync(request.CaseId, cancellationToken).ConfigureAwait(false);
        if (current is null || current.UserId != request.Identity.UserId)
        {
            await step.Context.SendActivityAsync(BackOfficeTexts.NothingToResume, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (current.State != DeletionCaseState.Blocked)
        {
            await step.Context.SendActivityAsync(BackOfficeTexts.NotBlocked(current.CaseId, CaseStatusCards.Describe(current.State)), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The checklist of the accounts this case deletes (not whatever the user owns today).
        var plan = await _planner.PlanAsync(request.Identity, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(BackOfficeTexts.Paused(current.CaseId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.BeginDialogAsync(ChecklistDialog.Id,
            new DeletionFlow(request.Identity, plan with { OwnedAccountIds = current.AccountIds }, current.CaseId), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<DeletionFlow>() is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var request = StepValues.Required<ResumeRequest>(step);
        return await step.PromptAsync(ResumePrompt, new PromptOptions
        {
            Template = new ResumeCardInput(request.CaseId),
            SubmitValueField = CardActions.ActionField,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static PromptActivities Ask(ITurnContext turnContext, ResumeCardInput card) =>
        new(CardMessages.Create(ResumeCard.Build(card, CardMessages.HostFor(turnContext)), BackOfficeTexts.ReadyToResume(card.CaseId)),
            Activity.CreateMessageActivity(BackOfficeTexts.ResumeRetry));

    private async Task<DialogTurnResult> ResumeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = StepValues.Required<ResumeRequest>(step);
        if (step.GetResult<string>() != Yes)
        {
            await step.Context.SendActivityAsync(BackOfficeTexts.LeftPaused, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var result = await _resumer.ResumeAsync(request.CaseId, DeletionActors.User(request.Identity.UserId), cancellationToken).ConfigureAwait(false);
        Activity reply = (result.Outcome, result.Case) switch
        {
            (ResumeOutcome.Resumed, { } resumed) => CaseStatusCards.Message(resumed, CardMessages.HostFor(step.Context),
                BackOfficeTexts.Resumed(resumed.CaseId, CaseStatusCards.RunsAt(resumed) ?? resumed.History[^1].At)),
            (ResumeOutcome.StillBlocked, _) => Activity.CreateMessageActivity(BackOfficeTexts.StillBlocked(request.CaseId, BlockerTexts.Describe(result.Unmet, ChatText.Code))),
            (ResumeOutcome.NotBlocked, { } other) => Activity.CreateMessageActivity(BackOfficeTexts.NotBlocked(other.CaseId, CaseStatusCards.Describe(other.State))),
            _ => Activity.CreateMessageActivity(BackOfficeTexts.NothingToResume),
        };
        await step.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static Task<bool> ValidateAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var answer = ConversationPhrases.Normalize(prompt.Recognized.Value ?? "");
        prompt.Recognized.Value = answer switch
        {
            CardActions.DeletionResume or "resume" or "resume my deletion" or "yes" or "ja" or "fortsetzen" or "löschung fortsetzen" or "meine löschung fortsetzen" => Yes,
            CardActions.DeletionCancel or "not now" or "no" or "nein" or "cancel" or "later" or "nicht jetzt" or "abbrechen" or "später" => No,
            _ => null,
        };
        return Task.FromResult(prompt.Recognized.Value is not null);
    }
}
