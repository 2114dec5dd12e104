using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Conversation.Prompts;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Confirmation;
using Khulnasoft.Cards.Legal;
using Khulnasoft.Cards.Status;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// The final confirmation: the typed scope (<see cref="ScopePhrase"/>: the account's name, or "delete 2 accounts") and
/// step-up verification (a new one-time code to the account email, for every identity), then the scheduled deletion.
/// Free text that is neither the phrase nor a code gets help and uses no attempt; only a wrong code does. Begun with the <see cref="DeletionFlow"/>; the case gets its id here unless an approved
/// case is being finished. Ends with the case id once a deletion is scheduled (or one already existed), otherwise
/// with null: nothing is deleted unless the user confirms.
/// </summary>
public sealed partial class ConfirmStep : ComponentDialog
{
    public new const string Id = "confirm";

    private const string ConfirmPrompt = "confirmPrompt";
    private const string Verified = "verified";
    private const string PhraseKey = "phrase";
    private const string EmailKey = "email";
    private const string ScopeConfirmed = "scopeConfirmed";

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
        AddDialog(new LocalizedTextPrompt<ConfirmQuestion>(ConfirmPrompt, Ask, ValidateConfirmationAsync));
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
            await step.Context.SendActivityAsync(ConversationTexts.TooManyCodes(identity.Email, IdentityTexts.Duration(challenge.RetryAfter!.Value)),
                cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var method = challenge.Method;
        var runsAt = _clock.GetUtcNow() + _deletion.GracePeriod;
        var card = new ConfirmationCardInput(CardMessages.NewCardId(), flow.CaseId!, flow.Plan.Scope, runsAt, runsAt + _purge.Delay, method,
            string.IsNullOrEmpty(flow.ApprovedBy) ? null : flow.ApprovedBy);
        var phrase = ScopePhrase.For(flow.Plan.Scope);
        return await step.PromptAsync(ConfirmPrompt, new PromptOptions
        {
            Template = new ConfirmQuestion(card, identity.Email),
            SubmitValueField = CardActions.ActionField,
            Validations = new JsonObject { ["method"] = method.ToString(), [PhraseKey] = phrase, [EmailKey] = identity.Email },
        }, cancellationToken).ConfigureAwait(false);
    }

    // The card asked again is the same card (id, scope, dates), on the user's clock and in the turn's language.
    private static PromptActivities Ask(ITurnContext turnContext, ConfirmQuestion question)
    {
        var input = question.Card with
        {
            DeletionRunsAt = UserClock.Local(question.Card.DeletionRunsAt),
            PersonalDataPurgedBy = UserClock.Local(question.Card.PersonalDataPurgedBy),
        };
        var phrase = ScopePhrase.For(input.Scope);
        return new PromptActivities(
            CardMessages.Create(ConfirmationCard.Build(input, CardMessages.HostFor(turnContext)), StepTexts.ConfirmInstruction(phrase, question.Email)),
            Activity.CreateMessageActivity(StepTexts.ConfirmRetry(phrase)));
    }

    private async Task<DialogTurnResult> ScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.GetResult<string>();
        if (answer != Verified)
        {
            await step.Context.SendActivityAsync(answer == CardActions.DeletionCancel
                ? ConversationTexts.ConfirmCancelled
                : ConversationTexts.ConfirmNotVerified,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var flow = StepValues.Required<DeletionFlow>(step);
        var identity = flow.Identity;
        var scheduled = await _scheduler.RequestAsync(new DeletionRequest(
            identity.UserId, flow.Plan.OwnedAccountIds, step.Context.Activity.GetConversationReference(), identity.Email,
            DeletionActors.User(identity.UserId), CaseId: flow.CaseId, Language: UserLanguageNow(),
            LegalText: ConfirmedLegalTexts(_clock.GetUtcNow() + _deletion.GracePeriod)), cancellationToken).ConfigureAwait(false);
        LogScheduled(_logger, scheduled.CaseId, scheduled.State);
        if (scheduled.State != DeletionCaseState.Scheduled || scheduled.GraceUntil is not { } runsAt)
        {
            await step.Context.SendActivityAsync(CaseCommandDialog.StatusMessage(scheduled, CardMessages.HostFor(step.Context),
                ConversationTexts.AlreadyRequested), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(scheduled.CaseId, cancellationToken).ConfigureAwait(false);
        }

        var card = ScheduledCard.Build(new ScheduledCardInput(scheduled.CaseId, UserClock.Local(runsAt), UserClock.Local(runsAt + _purge.Delay)), CardMessages.HostFor(step.Context));
        await step.Context.SendActivityAsync(CardMessages.Create(card,
            ConversationTexts.Scheduled(scheduled.CaseId, UserClock.DateTime(runsAt))), cancellationToken).ConfigureAwait(false);
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

        var expected = DialogValueExtensions.ConvertTo<JsonObject>(prompt.Options.Validations);
        var phrase = expected?[PhraseKey]?.GetValue<string>() ?? throw new InvalidOperationException("The confirmation prompt lost its phrase.");
        var email = expected[EmailKey]?.GetValue<string>() ?? string.Empty;
        string? answer;
        if (action == CardActions.DeletionConfirm)
        {
            if (!ScopePhrase.Matches(phrase, (submit?[ConfirmationCard.ScopeInputId] as JsonValue)?.ToString()))
            {
                await prompt.Context.SendActivityAsync(StepTexts.WrongPhrase(phrase), cancellationToken: cancellationToken).ConfigureAwait(false);
                return false;
            }

            prompt.State[ScopeConfirmed] = true;
            answer = (submit?[ConfirmationCard.CodeInputId] as JsonValue)?.ToString();
        }
        else if (ScopePhrase.Matches(phrase, activity.Text))
        {
            prompt.State[ScopeConfirmed] = true;
            await prompt.Context.SendActivityAsync(StepTexts.PhraseAccepted(email), cancellationToken: cancellationToken).ConfigureAwait(false);
            return false;
        }
        else if (!LooksLikeCode(activity.Text))
        {
            await prompt.Context.SendActivityAsync(StepTexts.ConfirmHelp(phrase, email), cancellationToken: cancellationToken).ConfigureAwait(false);
            return false;
        }
        else if (!prompt.State.GetValue<bool>(ScopeConfirmed))
        {
            await prompt.Context.SendActivityAsync(StepTexts.PhraseFirst(phrase), cancellationToken: cancellationToken).ConfigureAwait(false);
            return false;
        }
        else
        {
            answer = activity.Text;
        }

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
                await prompt.Context.SendActivityAsync(ConversationTexts.StepUpWrong(result.AttemptsLeft), cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                return false;
            default:
                prompt.Recognized.Value = null;
                await prompt.Context.SendActivityAsync(ConversationTexts.StepUpLocked, cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
        }
    }

    /// <summary>The language and time zone of this turn, kept on the case for its notices.</summary>
    internal static UserLanguage UserLanguageNow() => new(TurnCulture.Current.Name, UserClock.Zone?.Id);

    /// <summary>The legal texts of the confirmation card as the case records them: version and the English (canonical) text.</summary>
    private ConfirmedLegalText ConfirmedLegalTexts(DateTimeOffset runsAt)
    {
        var english = SupportedCultures.English;
        string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", english);
        return new ConfirmedLegalText(
            LegalTexts.Version(english),
            LegalTexts.Permanence(Day(runsAt), english) + " " + LegalTexts.Purge(Day(runsAt + _purge.Delay), english),
            TurnCulture.Current.Name);
    }

    /// <summary>Six digits, possibly with spaces or dashes between them (as the code service reads them).</summary>
    private static bool LooksLikeCode(string? text) =>
        text is not null && text.Count(char.IsAsciiDigit) == 6 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-');

    [LoggerMessage(EventId = 5102, EventName = "LogScheduled", Level = LogLevel.Information, Message = "Deletion confirmed: case {CaseId} is {State}.")]
    private static partial void LogScheduled(ILogger logger, string caseId, DeletionCaseState state);
}
