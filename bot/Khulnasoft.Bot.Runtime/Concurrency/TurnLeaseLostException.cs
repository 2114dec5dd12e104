namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>A turn outlived its lease and another turn took the conversation over: its state was not saved.</summary>
public sealed class TurnLeaseLostException : Exception
{
    public TurnLeaseLostException() { }

    public TurnLeaseLostException(string message)
        : base(message) { }

    public TurnLeaseLostException(string message, Exception innerException)
        : base(message, innerException) { }
}
