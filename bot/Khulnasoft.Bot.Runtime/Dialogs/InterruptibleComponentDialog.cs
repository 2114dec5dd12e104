using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// A component with global commands (protocol doc §7.7), recognised in typed text (mention removed, trimmed,
/// lower-case, trailing <c>.!</c> ignored) and in card submits (<c>value.action</c>). <see cref="Commands"/> maps
/// a word to a command: <c>help</c> and <c>status</c> answer and keep the stack as it is (the active prompt's
/// AttemptCount is untouched); <c>cancel</c> confirms and cancels every inner dialog, so the component ends Cancelled.
/// </summary>
public partial class InterruptibleComponentDialog(string dialogId) : ComponentDialog(dialogId)
{
    public const string HelpCommand = "help";
    public const string CancelCommand = "cancel";
    public const string StatusCommand = "status";

    /// <summary>Word (or <c>value.action</c>) → command. Defaults cover English and German.</summary>
    public Dictionary<string, string> Commands { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = HelpCommand,
        ["?"] = HelpCommand,
        ["hilfe"] = HelpCommand,
        ["cancel"] = CancelCommand,
        ["quit"] = CancelCommand,
        ["abbrechen"] = CancelCommand,
        ["status"] = StatusCommand,
    };

    /// <summary>Sent for <c>help</c>.</summary>
    public virtual string HelpText { get; set; } = "I can walk you through this step by step. Answer the question above, or say \"cancel\" to stop.";

    /// <summary>Sent for <c>cancel</c>.</summary>
    public virtual string CancelText { get; set; } = "Cancelled.";

    /// <summary>Sent for <c>status</c> unless <see cref="OnStatusAsync"/> is overridden.</summary>
    public string StatusText { get; set; } = "We are in the middle of a conversation. Say \"cancel\" to stop it.";

    /// <summary>The command carried by the turn's activity, or null.</summary>
    public string? RecognizeCommand(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsType(ActivityTypes.Message))
        {
            return null;
        }

        string? word = null;
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            word = Normalize(activity.Text);
        }
        else if (activity.Value is JsonObject value && value["action"] is JsonValue action && action.TryGetValue<string>(out var name))
        {
            word = name.Trim();
        }

        return word is not null && Commands.TryGetValue(word, out var command) ? command : null;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (RecognizeCommand(innerDc.Context.Activity) is { } command
            && await OnCommandAsync(innerDc, command, cancellationToken).ConfigureAwait(false) is { } interrupted)
        {
            return interrupted;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Handles a command; return null to let the active dialog see the activity after all.</summary>
    protected virtual async Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        switch (command)
        {
            case HelpCommand:
                await innerDc.Context.SendActivityAsync(HelpText, HelpText, InputHints.ExpectingInput, cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Waiting);
            case StatusCommand:
                await OnStatusAsync(innerDc, cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Waiting);
            case CancelCommand:
                await innerDc.Context.SendActivityAsync(CancelText, CancelText, InputHints.IgnoringInput, cancellationToken).ConfigureAwait(false);
                return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    /// <summary>Answers <c>status</c>; the default sends <see cref="StatusText"/>.</summary>
    protected virtual Task OnStatusAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.Context.SendActivityAsync(StatusText, StatusText, InputHints.ExpectingInput, cancellationToken);
    }

    private static string Normalize(string text) =>
        MentionPattern().Replace(text, string.Empty).Trim().TrimEnd('.', '!').Trim().ToLowerInvariant();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MentionPattern();
}
