namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>The outcome of a dialog operation for the turn (protocol doc §7.2).</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing on the stack.</summary>
    Empty,

    /// <summary>The active dialog waits for the user.</summary>
    Waiting,

    /// <summary>A dialog completed; <see cref="DialogTurnResult.Result"/> holds its value.</summary>
    Complete,

    /// <summary>Dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>Completed, but the turn should end.</summary>
    CompleteAndWait,
}
