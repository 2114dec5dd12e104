using System.Text.Json.Nodes;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation.Prompts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using Khulnasoft.Cards.Identity;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// "Who are you" (issue 5 §2). Ends with the <see cref="VerifiedIdentity"/>, or with null when the user could not be
/// verified (they were told why; the caller stops). A vouched identity (<see cref="ChannelIdentityResolver"/>) is
/// shown on the identity card and must be confirmed (card button or typed yes/no); otherwise, or when the user
/// says it's not the account they mean, the user types an email and proves it with a one-time code.
/// <c>help</c> explains why we verify; <c>cancel</c> ends the dialog with null (a parent that handles these words
/// first takes precedence). Only start it in a personal conversation: it shows the account email.
/// </summary>
public sealed class IdentityDialog : InterruptibleComponentDialog
{
    /// <summary>The dialog id (add the dialog to a DialogSet or ComponentDialog, then begin it by this id).</summary>
    public new const string Id = "identity";

    private const string MainFlow = "identity.main";
    private const string EmailFlow = "identity.email";
    private const string CodeLoop = "identity.code";
    private const string ConfirmPromptId = "identity.confirmPrompt";
    private const string EmailPromptId = "identity.emailPrompt";
    private const string CodePromptId = "identity.codePrompt";
    private const string VouchedKey = "vouched";

    private static readonly string[] ResendWords = [IdentityTexts.ResendWord, "resend code", "send again", "new code", "send a new code", "erneut senden", "neuer code", "neuen code senden"];

    private readonly ChannelIdentityResolver _resolver;
    private readonly OneTimeCodeService _codes;
    private readonly KhulnasoftApiClient _api;
    private readonly OneTimeCodeOptions _options;
    private readonly ILogger<IdentityDialog> _logger;

    public IdentityDialog(ChannelIdentityResolver resolver, OneTimeCodeService codes, KhulnasoftApiClient api, IOptions<OneTimeCodeOptions> options, ILogger<IdentityDialog> logger)
        : base(Id)
    {
        ArgumentNullException.ThrowIfNull(options);
        _resolver = resolver;
        _codes = codes;
        _api = api;
        _options = options.Value;
        _logger = logger;
        HelpText = IdentityTexts.WhyWeVerify;
        StatusText = IdentityTexts.StatusWhileVerifying;
        CancelText = IdentityTexts.Cancelled;

        AddDialog(new WaterfallDialog(MainFlow, [CheckChannelAsync, AfterConfirmAsync, FinishAsync]));
        AddDialog(new WaterfallDialog(EmailFlow, [AskEmailAsync, SendCodeAsync, FinishAsync]));
        AddDialog(new WaterfallDialog(CodeLoop, [AskCodeAsync, CheckCodeAsync]));
        AddDialog(new LocalizedConfirmPrompt<VouchedQuestion>(ConfirmPromptId, AskVouched, ValidateConfirmAsync) { Style = ListStyle.None });
        AddDialog(new LocalizedTextPrompt<EmailQuestion>(EmailPromptId, AskEmail, ValidateEmailAsync));
        AddDialog(new LocalizedTextPrompt<CodeQuestion>(CodePromptId, AskCode, ValidateCodeAsync));
        InitialDialogId = MainFlow;
    }

    /// <summary>True when <paramref name="text"/> is a single plain email address (no display name, a dotted domain).</summary>
    public static bool IsEmailAddress(string? text)
    {
        var candidate = text?.Trim();
        if (string.IsNullOrEmpty(candidate) || candidate.Length > 254 || candidate.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return System.Net.Mail.MailAddress.TryCreate(candidate, out var address)
            && string.Equals(address.Address, candidate, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal)
            && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');
    }

    private static CardHost HostFor(ITurnContext turnContext) =>
        string.Equals(turnContext.Activity.ChannelId, Channels.Msteams, StringComparison.Ordinal) ? CardHost.Teams : CardHost.WebChat;

    private async Task<DialogTurnResult> CheckChannelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var vouched = await _resolver.ResolveAsync(step.Context, cancellationToken).ConfigureAwait(false);
        if (vouched is null)
        {
            return await step.NextAsync(false, cancellationToken).ConfigureAwait(false);
        }

        step.Values[VouchedKey] = vouched;
        var purpose = step.Options is IdentityPurpose given ? given : IdentityPurpose.Deletion;
        var cardId = Guid.NewGuid().ToString("N");
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Template = new VouchedQuestion(vouched.Email, purpose, cardId),
            Style = ListStyle.None,
            Validations = cardId,
        }, cancellationToken).ConfigureAwait(false);
    }

    // The identity card, with the same card id whenever it is asked again (a click on it still answers).
    private static PromptActivities AskVouched(ITurnContext turnContext, VouchedQuestion question)
    {
        var prompt = Activity.CreateMessageActivity(IdentityTexts.ConfirmVouched(question.Email, question.Purpose));
        prompt.Speak = prompt.Text;
        prompt.Attachments =
        [
            new Attachment
            {
                ContentType = CardSerializer.ContentType,
                Content = IdentityCard.Build(new IdentityCardInput(question.Email, question.CardId, question.Purpose == IdentityPurpose.Deletion), HostFor(turnContext)),
            },
        ];
        return new PromptActivities(prompt, Activity.CreateMessageActivity(IdentityTexts.ConfirmVouchedRetry(question.Email, question.Purpose)));
    }

    private async Task<DialogTurnResult> AfterConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var vouched = step.Values.GetValue<VouchedIdentity>(VouchedKey);
        if (vouched is not null && step.Result is true)
        {
            var identity = vouched.Confirmed();
            IdentityLog.IdentityVerified(_logger, identity.Source);
            return await step.EndDialogAsync(identity, cancellationToken).ConfigureAwait(false);
        }

        if (vouched is not null)
        {
            await step.Context.SendActivityAsync(IdentityTexts.VouchedRejected, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(EmailFlow, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.GetResult<VerifiedIdentity>(), cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(EmailPromptId, new PromptOptions { Template = new EmailQuestion() }, cancellationToken).ConfigureAwait(false);

    private static PromptActivities AskEmail(ITurnContext turnContext, EmailQuestion question) =>
        new(Activity.CreateMessageActivity(IdentityTexts.AskEmail), Activity.CreateMessageActivity(IdentityTexts.AskEmailRetry));

    private async Task<DialogTurnResult> SendCodeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var email = OneTimeCodeService.NormalizeEmail(step.GetResult<string>() ?? "");
        var issued = await _codes.IssueAsync(email, OneTimeCodePurposes.Identity, cancellationToken).ConfigureAwait(false);
        if (issued.Status == CodeIssueStatus.RateLimited)
        {
            IdentityLog.IdentityNotVerified(_logger, "hourly code limit");
            await SayAsync(step.Context, IdentityTexts.RateLimitedAtStart(email, _options.MaxCodesPerHour, issued.RetryAfter), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.BeginDialogAsync(CodeLoop, new CodeLoopOptions(email, new CodeQuestion(CodeQuestionKind.CodeSent, email)), cancellationToken).ConfigureAwait(false);
    }

    // Each round asks for the code with what happened to the last answer ("That code isn't right. 2 attempts left.").
    private async Task<DialogTurnResult> AskCodeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.GetOptions<CodeLoopOptions>()?.Question ?? throw new InvalidOperationException("The code loop was begun without its question.");
        return await step.PromptAsync(CodePromptId, new PromptOptions { Template = question }, cancellationToken).ConfigureAwait(false);
    }

    private PromptActivities AskCode(ITurnContext turnContext, CodeQuestion question) =>
        new(WithResendButton(question.Said switch
        {
            CodeQuestionKind.CodeSent => IdentityTexts.CodeSent(question.Email, _options.Lifetime),
            CodeQuestionKind.CodeResent => IdentityTexts.CodeResent(question.Email, _options.Lifetime),
            CodeQuestionKind.ResendLimited => IdentityTexts.RateLimitedResend(_options.MaxCodesPerHour, question.RetryAfter),
            CodeQuestionKind.WrongCode => IdentityTexts.WrongCode(question.AttemptsLeft),
            CodeQuestionKind.Expired => IdentityTexts.Expired,
            _ => IdentityTexts.NoCode,
        }), WithResendButton(IdentityTexts.AskCodeRetry));

    private async Task<DialogTurnResult> CheckCodeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var email = step.GetOptions<CodeLoopOptions>()?.Email
            ?? throw new InvalidOperationException("The code loop was begun without an email.");
        var answer = step.GetResult<string>() ?? "";
        if (IsResend(answer))
        {
            var issued = await _codes.IssueAsync(email, OneTimeCodePurposes.Identity, cancellationToken).ConfigureAwait(false);
            var resent = issued.Status == CodeIssueStatus.Sent
                ? new CodeQuestion(CodeQuestionKind.CodeResent, email)
                : new CodeQuestion(CodeQuestionKind.ResendLimited, email, RetryAfter: issued.RetryAfter);
            return await step.ReplaceDialogAsync(CodeLoop, new CodeLoopOptions(email, resent), cancellationToken).ConfigureAwait(false);
        }

        var activity = step.Context.Activity;
        var answerId = activity.Id is { Length: > 0 } id ? $"{activity.Conversation?.Id}/{id}" : null;
        var result = await _codes.VerifyAsync(email, OneTimeCodePurposes.Identity, answer, cancellationToken, answerId).ConfigureAwait(false);
        if (result.Status == CodeVerifyStatus.Verified)
        {
            return await VerifiedAsync(step, result.UserId!, cancellationToken).ConfigureAwait(false);
        }

        if (result.Status == CodeVerifyStatus.Locked)
        {
            IdentityLog.IdentityNotVerified(_logger, "too many wrong codes");
            await SayAsync(step.Context, IdentityTexts.Locked(_options.MaxAttempts), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var next = result.Status switch
        {
            CodeVerifyStatus.Wrong => new CodeQuestion(CodeQuestionKind.WrongCode, email, result.AttemptsLeft),
            CodeVerifyStatus.Expired => new CodeQuestion(CodeQuestionKind.Expired, email),
            _ => new CodeQuestion(CodeQuestionKind.NoCode, email),
        };
        return await step.ReplaceDialogAsync(CodeLoop, new CodeLoopOptions(email, next), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> VerifiedAsync(WaterfallStepContext step, string userId, CancellationToken cancellationToken)
    {
        KhulnasoftUser user;
        try
        {
            user = await _api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountNotFoundException)
        {
            // Deleted between the code being sent and typed.
            IdentityLog.IdentityNotVerified(_logger, "the account no longer exists");
            await SayAsync(step.Context, IdentityTexts.AccountGone, cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var identity = new VerifiedIdentity(user.Id, user.Email, user.Name, IdentitySource.EmailCode);
        IdentityLog.IdentityVerified(_logger, identity.Source);
        return await step.EndDialogAsync(identity, cancellationToken).ConfigureAwait(false);
    }

    // The card's buttons answer the confirm prompt (typed yes/no is recognised by the prompt itself). A click on an
    // older identity card (another cardId) is not an answer to this question.
    private static Task<bool> ValidateConfirmAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Context.Activity.Value is JsonObject value
            && value[CardActions.ActionField] is JsonValue actionValue && actionValue.TryGetValue<string>(out var action)
            && action is CardActions.IdentityConfirm or CardActions.IdentityReject)
        {
            var cardId = value["cardId"] is JsonValue id && id.TryGetValue<string>(out var clicked) ? clicked : null;
            var expected = DialogValueExtensions.ConvertTo<string>(prompt.Options.Validations);
            if (expected is not null && !string.Equals(cardId, expected, StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            prompt.Recognized.Succeeded = true;
            prompt.Recognized.Value = action == CardActions.IdentityConfirm;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    private static Task<bool> ValidateEmailAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && IsEmailAddress(prompt.Recognized.Value));

    // Only the format is checked here: a code-shaped answer or "resend". Whether it is right is the next step's job.
    private static Task<bool> ValidateCodeAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && (IsResend(prompt.Recognized.Value) || OneTimeCodeService.NormalizeCode(prompt.Recognized.Value) is not null));

    private static bool IsResend(string? text) =>
        text is not null && ResendWords.Contains(text.Trim().TrimEnd('.', '!').Trim(), StringComparer.OrdinalIgnoreCase);

    private static Activity WithResendButton(string text)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.SuggestedActions = new SuggestedActions([new CardAction(ActionTypes.ImBack, IdentityTexts.ResendButton, JsonValue.Create(IdentityTexts.ResendWord))]);
        return activity;
    }

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
}
