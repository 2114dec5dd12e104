using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// The conversation's funnel steps, recorded as events (<see cref="FunnelSteps"/>): the step and the turn's
/// conversation, which the recorder keeps only as a keyed hash. Never message text or anything about the user.
/// Recording is best effort: it never fails a turn, and a conversation counts once per step however often it gets there.
/// </summary>
public interface IFunnelEvents
{
    Task ReachedAsync(ITurnContext turnContext, string step, CancellationToken cancellationToken);
}
