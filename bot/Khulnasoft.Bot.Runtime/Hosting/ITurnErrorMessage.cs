using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>
/// What the user is told when a turn fails (the message, or the error text of a failed invoke). The runtime's
/// default (<see cref="DefaultTurnErrorMessage"/>) is English; a host registers its own (e.g. in the user's
/// language) before <c>AddBotRuntime</c>, or replaces the registration. Never put the exception's text in it.
/// </summary>
public interface ITurnErrorMessage
{
    /// <summary>The text for the failed <paramref name="turnContext"/>; <paramref name="correlationId"/> is the reference support can look up.</summary>
    string For(ITurnContext turnContext, string correlationId);
}
