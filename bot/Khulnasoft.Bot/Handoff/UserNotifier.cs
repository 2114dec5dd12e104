using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Speaks in the user's conversation from outside it (an agent's turn, a job): a proactive turn of the user's
/// conversation (<see cref="BotAdapter.ContinueConversationAsync"/>), so it is serialized with the user's own turns
/// and recorded in the transcript. Never call it from a turn of the user's own conversation (it would wait for itself).
/// </summary>
public sealed class UserNotifier(BotAdapter adapter, IOptions<BotAuthenticationOptions> bot)
{
    public Task SendAsync(ConversationReference user, string text, TranscriptSpeaker? speaker, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return ContinueAsync(user, (turn, ct) =>
        {
            if (speaker is not null)
            {
                turn.TurnState[TranscriptRecorder.SpeakerKey] = speaker;
            }

            return turn.SendActivityAsync(text, cancellationToken: ct);
        }, cancellationToken);
    }

    public Task ContinueAsync(ConversationReference user, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return adapter.ContinueConversationAsync(bot.Value.MicrosoftAppId, user, callback, cancellationToken);
    }
}
