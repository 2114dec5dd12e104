using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Confirmation;
using Khulnasoft.Cards.Status;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// The final confirmation with step-up verification (a new one-time code, or the account email typed on the card),
/// then the scheduled deletion. Begun with the <see cref="DeletionFlow"/>; the case gets its id here unless an approved
/// case is being finished. Ends with the case id once a deletion is scheduled (or one already existed), otherwise
/// with null: nothing is deleted unless the user confirms.
/// </summary>
public sealed partial class ConfirmStep : ComponentDialog
{
    public new const string Id = "confirm";

    private const string ConfirmPrompt = "confirmPrompt";
    private const string Verified = "verified";

    private readonly ConversationAccessors _accessors;
    private readonly DeletionScheduler _scheduler;
    private readonly StepUpVerifier _stepUp;
    private readonly DeletionOptions _deletion;
    private readonly PurgeOptions _purge;
    private readonly TimeProvider _clock;
    private readonly ILogger<ConfirmStep> _logger;

    public ConfirmStep(
        ConversationAccessors accessors,
        DeletionScheduler scheduler,
        StepUpVerifier stepUp,
        IOptions<DeletionOptions> deletion,
        IOptions<PurgeOptions> purge,
        TimeProvider clock,
        ILogger<ConfirmStep> logger)
        : base(Id)
    {
        (_accessors, _scheduler, _stepUp, _clock, _logger) = (accessors, scheduler, stepUp, clock, logger);
        (_deletion, _purge) = (deletion.Value, purge.Value);
        AddDialog(new WaterfallDialog("confirmSteps", [AskAsync, ScheduleAsync]));
        AddDialog(new TextPrompt(ConfirmPrompt, ValidateConfirmationAsync));
        InitialDialogId = "confirmSteps";
    }

    /// <summary>The case id is chosen before the card shows it, and kept with the step's options for the schedule.</summary>
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var flow = DialogValueExtensions.ConvertTo<DeletionFlow>(options) ?? throw new ArgumentException("The confirm step needs the DeletionFlow.", nameof(options));
        return base.OnBeginDialogAsync(innerDc, flow with { CaseId = flow.CaseId ?? DeletionCaseIds.New() }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var flow = StepValues.Required<DeletionFlow>(step);
        var identity = flow.Identity;
        var challenge = await _stepUp.BeginAsync(identity, cancellationToken).ConfigureAwait(false);
        if (challenge.IsRateLimited)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(challenge.RetryAfter!.Value.TotalMinutes));
            await step.Context.SendActivityAsync($"I've sent too many codes to {identity.Email} in the last hour. Please try again in about "
                + $"{minutes} minute(s) by saying \"delete my account\". Nothing was deleted.", cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var method = challenge.Method;
        var runsAt = _clock.GetUtcNow() + _deletion.GracePeriod;
        var card = ConfirmationCard.Build(
            new ConfirmationCardInput(CardMessages.NewCardId(), flow.CaseId!, flow.Plan.Scope, runsAt, runsAt + _purge.Delay, method,
                string.IsNullOrEmpty(flow.ApprovedBy) ? null : flow.ApprovedBy),
            CardMessages.HostFor(step.Context));
        var instruction = method == StepUpMethod.OneTimeCode
            ? $"Last step. To make sure it's really you, I've sent a new 6-digit code to {identity.Email}. Enter it on the card and select \"Delete my account\"."
            : $"Last step. To make sure it's really you, type the email of the account ({MaskEmail(identity.Email)}) on the card and select \"Delete my account\".";
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Prompt = CardMessages.Create(card, instruction),
            RetryPrompt = Activity.CreateMessageActivity(method == StepUpMethod.OneTimeCode
                ? "Enter the 6-digit code from the email on the card, or select Cancel."
                : "Type your account email on the card, or select Cancel."),
            SubmitValueField = CardActions.ActionField,
            Validations = new JsonObject { ["method"] = method.ToString() },
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.GetResult<string>();
        if (answer != Verified)
        {
            await step.Context.SendActivityAsync(answer == CardActions.DeletionCancel
                ? "Okay, I haven't deleted anything. Say \"delete my account\" whenever you want to start again."
                : "I couldn't verify it's you, so I haven't deleted anything. Say \"delete my account\" to start again, or \"talk to a human\".",
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var flow = StepValues.Required<DeletionFlow>(step);
        var identity = flow.Identity;
        var scheduled = await _scheduler.RequestAsync(new DeletionRequest(
            identity.UserId, flow.Plan.OwnedAccountIds, step.Context.Activity.GetConversationReference(), identity.Email,
            DeletionActors.User(identity.UserId), CaseId: flow.CaseId), cancellationToken).ConfigureAwait(false);
        LogScheduled(_logger, scheduled.CaseId, scheduled.State);
        if (scheduled.State != DeletionCaseState.Scheduled || scheduled.GraceUntil is not { } runsAt)
        {
            await step.Context.SendActivityAsync(CaseCommandDialog.StatusMessage(scheduled, CardMessages.HostFor(step.Context),
                "You already have a deletion request, so I didn't start another one."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(scheduled.CaseId, cancellationToken).ConfigureAwait(false);
        }

        var card = ScheduledCard.Build(new ScheduledCardInput(scheduled.CaseId, runsAt, runsAt + _purge.Delay), CardMessages.HostFor(step.Context));
        await step.Context.SendActivityAsync(CardMessages.Create(card,
            $"Done. Your deletion is scheduled (case {scheduled.CaseId}). It runs on {runsAt.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)}; "
            + "until then, say \"undo\" to cancel it."), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(scheduled.CaseId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ValidateConfirmationAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var activity = prompt.Context.Activity;
        var submit = activity.Value as JsonObject;
        var action = CardMessages.ActionOf(activity);
        if (action == CardActions.DeletionCancel)
        {
            prompt.Recognized.Value = CardActions.DeletionCancel;
            return true;
        }

        var answer = action == CardActions.DeletionConfirm
            ? (submit?[ConfirmationCard.CodeInputId] as JsonValue)?.ToString() ?? (submit?[ConfirmationCard.EmailInputId] as JsonValue)?.ToString()
            : activity.Text;
        if (string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        // The identity of this turn's conversation, while it may still be reused: a confirmation after that asks again.
        var identity = await _accessors.GetVerifiedAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        if (identity is null)
        {
            return false;
        }

        var result = await _stepUp.VerifyAsync(identity, answer.Trim(), cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case StepUpStatus.Ok:
                prompt.Recognized.Value = Verified;
                return true;
            case StepUpStatus.Wrong:
                await prompt.Context.SendActivityAsync($"That doesn't match. {result.AttemptsLeft} attempt(s) left.", cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return false;
            default:
                prompt.Recognized.Value = null;
                await prompt.Context.SendActivityAsync("That's too many attempts (or the code expired).", cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
        }
    }

    private static string MaskEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? email : email[0] + new string('•', Math.Min(at - 1, 6)) + email[at..];
    }

    [LoggerMessage(EventId = 5102, EventName = "LogScheduled", Level = LogLevel.Information, Message = "Deletion confirmed: case {CaseId} is {State}.")]
    private static partial void LogScheduled(ILogger logger, string caseId, DeletionCaseState state);
}
