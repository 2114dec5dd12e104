namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>The persisted dialog stack (<c>{"dialogStack":[…]}</c>); index 0 is the active dialog.</summary>
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance> stack) => DialogStack = stack ?? throw new ArgumentNullException(nameof(stack));

    public List<DialogInstance> DialogStack { get; set; } = [];
}
