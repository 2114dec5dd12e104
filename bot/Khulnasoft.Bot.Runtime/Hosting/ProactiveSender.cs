using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>
/// Speaks in a conversation from outside it (a job, a turn of another conversation): a proactive turn of that
/// conversation (<see cref="BotAdapter.ContinueConversationAsync"/>) as this bot (<c>MicrosoftAppId</c>). It runs
/// through the middleware, so it is serialized with the conversation's own turns and recorded like them. A failure
/// is thrown to the caller (a job then retries). Never call it from a turn of the same conversation: it would wait
/// for itself.
/// </summary>
public sealed class ProactiveSender(BotAdapter adapter, IOptions<BotAuthenticationOptions> bot)
{
    /// <summary>Sends <paramref name="text"/> as a message (accepting input, as a turn's text reply).</summary>
    public Task SendAsync(ConversationReference conversation, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return ContinueAsync(conversation, (turn, ct) => turn.SendActivityAsync(text, cancellationToken: ct), cancellationToken);
    }

    public Task SendAsync(ConversationReference conversation, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return ContinueAsync(conversation, (turn, ct) => turn.SendActivityAsync(message, ct), cancellationToken);
    }

    /// <summary>Runs <paramref name="callback"/> in a proactive turn of <paramref name="conversation"/>.</summary>
    public Task ContinueAsync(ConversationReference conversation, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(callback);
        return adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId, conversation, callback, cancellationToken);
    }
}
