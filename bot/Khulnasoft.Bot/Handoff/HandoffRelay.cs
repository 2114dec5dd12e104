using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Owns a conversation while a human is involved. In the user's conversation: while queued, it answers that they're
/// waiting ("cancel" stops waiting); once an agent accepted, it forwards each message to the agent's chat, prefixed
/// with the user's name and with one-time codes masked. In the owning agent's chat: each message goes to the user,
/// prefixed with the agent's name ("hand back" and "close" typed work like the card's buttons); the agent's card
/// clicks are left to <see cref="HandoffCardActions"/>. Each side's turns are serialized, so order is kept.
/// </summary>
public sealed class HandoffRelay(
    HandoffStore store,
    AgentMessenger agents,
    ProactiveSender notifier,
    HandoffEndings endings) : IMessageInterceptor
{
    /// <summary>While a human is involved, every message of the conversation is theirs: before any feature's own phrases.</summary>
    public int Order => InterceptorOrder.ConversationOwner;

    public async Task<bool> TryInterceptAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message)
            || await store.FindByConversationAsync(activity.ChannelId, activity.Conversation?.Id, cancellationToken).ConfigureAwait(false) is not ({ IsOpen: true } record, var role))
        {
            return false;
        }

        return role == HandoffRole.User
            ? await FromUserAsync(turnContext, record, cancellationToken).ConfigureAwait(false)
            : await FromAgentAsync(turnContext, record, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> FromUserAsync(ITurnContext turnContext, HandoffRecord record, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        if (record.State == HandoffState.Queued)
        {
            if (string.Equals(text, "cancel", StringComparison.OrdinalIgnoreCase))
            {
                await endings.CancelAsync(turnContext, record.Id, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await turnContext.SendActivityAsync(HandoffMessages.StillQueued, cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        if (record.Agent is not { IsExternal: false } agent || record.AgentConversation is not { } agentChat)
        {
            // An external hub's agent has the conversation: the bot stays out of it.
            return true;
        }

        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(HandoffMessages.ButtonsPaused, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        var relayed = await agents.SendAsync(agentChat, HandoffMessages.FromUser(record) + OneTimeCodes.Redact(text), null, cancellationToken).ConfigureAwait(false);
        if (relayed is null)
        {
            await turnContext.SendActivityAsync($"I couldn't reach {agent.FirstName} just now. Please send that again in a moment.",
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<bool> FromAgentAsync(ITurnContext turnContext, HandoffRecord record, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (AgentCaller.From(turnContext) is not { } caller || !caller.Owns(record) || IsHandoffClick(activity))
        {
            return false;
        }

        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            await turnContext.SendActivityAsync(HandoffMessages.OnlyTextPassedOn, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        CardActionResult? command = text.ToUpperInvariant() switch
        {
            "HAND BACK" or "HANDBACK" => await endings.HandBackAsync(turnContext, record.Id, cancellationToken).ConfigureAwait(false),
            "CLOSE" => await endings.CloseAsync(turnContext, record.Id, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        if (command is not null)
        {
            await turnContext.SendActivityAsync(command.Message ?? HandoffMessages.NoLongerOpen, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }

        var agent = record.Agent!;
        var prefix = HandoffMessages.FromAgent(agent);
        var speaker = new TranscriptSpeaker(TranscriptRoles.Agent, agent.Name, prefix);
        await notifier.ContinueAsync(record.User!, (turn, ct) =>
        {
            turn.TurnState[TranscriptRecorder.SpeakerKey] = speaker;
            return turn.SendActivityAsync(prefix + text, cancellationToken: ct);
        }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static bool IsHandoffClick(Activity activity) =>
        activity.Value is JsonObject value && value[CardActions.ActionField] is JsonValue action
        && action.TryGetValue<string>(out var name) && name.StartsWith("handoff.", StringComparison.Ordinal);
}
