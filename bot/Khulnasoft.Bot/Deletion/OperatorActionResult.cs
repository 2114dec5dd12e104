namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// What an operator's action came to: done or refused, why (<see cref="Outcome"/>), and the facts the console words it
/// with (states, dates, what still blocks the case); the words are the console's, in the operator's language.
/// </summary>
public sealed record OperatorActionResult(bool Done, OperatorActionOutcome Outcome, IReadOnlyList<object> Arguments)
{
    public static OperatorActionResult Ok(OperatorActionOutcome outcome, params object[] arguments) => new(true, outcome, arguments);

    public static OperatorActionResult Refused(OperatorActionOutcome outcome, params object[] arguments) => new(false, outcome, arguments);
}
