namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>A dialog that holds its own <see cref="DialogSet"/> and inner stack (e.g. <see cref="ComponentDialog"/>).</summary>
public abstract class DialogContainer(string dialogId) : Dialog(dialogId)
{
    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner context for the container's entry on <paramref name="dc"/>'s stack, or null.</summary>
    public abstract DialogContext? CreateChildContext(DialogContext dc);

    public override IEnumerable<Dialog> GetDependencies() => Dialogs.GetDialogs();
}
