namespace Khulnasoft.Bot.Deletion;

/// <summary>What an operator's action came to: done or refused, and why, in words for the operator.</summary>
public sealed record OperatorActionResult(bool Done, string Message)
{
    public static OperatorActionResult Ok(string message) => new(true, message);

    public static OperatorActionResult Refused(string message) => new(false, message);
}
