namespace Khulnasoft.Bot.Deletion;

/// <summary>A state change the deletion lifecycle does not allow (for example purged → scheduled).</summary>
public sealed class InvalidDeletionTransitionException : InvalidOperationException
{
    public InvalidDeletionTransitionException() { }

    public InvalidDeletionTransitionException(string message)
        : base(message) { }

    public InvalidDeletionTransitionException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvalidDeletionTransitionException(DeletionCaseState from, DeletionCaseState to)
        : base($"A deletion case cannot go from {from} to {to}.")
    {
        From = from;
        To = to;
    }

    public DeletionCaseState? From { get; }

    public DeletionCaseState? To { get; }
}
