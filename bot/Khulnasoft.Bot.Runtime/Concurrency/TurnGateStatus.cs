namespace Khulnasoft.Bot.Runtime.Concurrency;

public enum TurnGateStatus
{
    /// <summary>The lease is ours and the states are loaded: run the turn.</summary>
    Entered,

    /// <summary>The activity was already processed: answer it again, don't run it.</summary>
    Duplicate,

    /// <summary>Another instance is running a turn of this conversation: wait and try again.</summary>
    Busy,
}
