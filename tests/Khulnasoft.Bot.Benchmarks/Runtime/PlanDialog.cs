using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>The benchmark waterfall: email (validated), plan choice, confirmation, then a summary line.</summary>
public sealed class PlanDialog : ComponentDialog
{
    public const string EmailQuestion = "What is the email on your account?";
    public const string EmailRetry = "That doesn't look like an email. Please type the email on your account.";
    public const string PlanQuestion = "Which plan are you on?";

    private const string EmailKey = "email";
    private const string PlanKey = "plan";

    public PlanDialog()
        : base(nameof(PlanDialog))
    {
        AddDialog(new TextPrompt(nameof(TextPrompt), RequiresAtSignAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new WaterfallDialog("steps", [AskEmailAsync, AskPlanAsync, ConfirmAsync, SummariseAsync]));
        InitialDialogId = "steps";
    }

    private static Task<bool> RequiresAtSignAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value!.Contains('@', StringComparison.Ordinal));

    private static Task<DialogTurnResult> AskEmailAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(EmailQuestion),
            RetryPrompt = Activity.CreateMessageActivity(EmailRetry),
        }, cancellationToken);

    private static Task<DialogTurnResult> AskPlanAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values[EmailKey] = step.GetResult<string>();
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(PlanQuestion),
            Choices = Choice.FromValues(["Basic", "Pro", "Enterprise"]),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = step.GetResult<FoundChoice>()?.Value ?? string.Empty;
        step.Values[PlanKey] = plan;
        var email = step.Values.GetValue<string>(EmailKey);
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity($"Confirm: the account {email} is on the {plan} plan?"),
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var confirmed = step.GetResult<bool>() ? "yes" : "no";
        var email = step.Values.GetValue<string>(EmailKey);
        var plan = step.Values.GetValue<string>(PlanKey);
        await step.Context.SendActivityAsync($"email={email}, plan={plan}, confirmed={confirmed}", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
