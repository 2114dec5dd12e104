namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>What a dialog operation produced: a status and, for completed dialogs, a result.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public object? Result { get; } = result;

    /// <summary>True when the dialog that completed was the last one in its context.</summary>
    public bool ParentEnded { get; init; }
}
