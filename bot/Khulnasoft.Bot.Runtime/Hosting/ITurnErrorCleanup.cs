using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>
/// Runs after a turn failed and the user was told, e.g. to clear the conversation state so a broken dialog can't
/// fail again on every message. Register implementations in DI; the <see cref="CloudAdapter"/> runs them all in
/// registration order, and a cleanup that throws is logged and does not stop the others.
/// </summary>
public interface ITurnErrorCleanup
{
    Task CleanUpAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
