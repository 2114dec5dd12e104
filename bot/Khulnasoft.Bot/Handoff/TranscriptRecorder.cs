using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Middleware that keeps each conversation's last messages for a human agent: the incoming message and every
/// message the bot sends during the turn, written once when the turn has run. Card clicks are recorded by their
/// action name only (their inputs may hold codes). Text is masked before it is stored and never logged.
/// </summary>
public sealed class TranscriptRecorder(TranscriptStore transcripts, TimeProvider clock) : IMiddleware
{
    /// <summary>Turn-state key of a <see cref="TranscriptSpeaker"/> for the messages the bot sends this turn.</summary>
    public const string SpeakerKey = "Khulnasoft.Handoff.TranscriptSpeaker";

    public const string BotName = "Khulnasoft bot";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.ChannelId is not { Length: > 0 } channelId || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var entries = new List<TranscriptEntry>();
        if (activity.IsType(ActivityTypes.Message) && IncomingText(activity) is { } said)
        {
            entries.Add(new TranscriptEntry(clock.GetUtcNow(), TranscriptRoles.User, activity.From?.Name ?? "User", said));
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            var responses = await nextSend().ConfigureAwait(false);
            var speaker = context.TurnState.Get<TranscriptSpeaker>(SpeakerKey);
            foreach (var sent in activities)
            {
                if (sent.IsType(ActivityTypes.Message) && OutgoingText(sent) is { } text)
                {
                    entries.Add(speaker is null
                        ? new TranscriptEntry(clock.GetUtcNow(), TranscriptRoles.Bot, BotName, text)
                        : new TranscriptEntry(clock.GetUtcNow(), speaker.Role, speaker.Name, text.StartsWith(speaker.Prefix, StringComparison.Ordinal) ? text[speaker.Prefix.Length..] : text));
                }
            }

            return responses;
        });

        await next(cancellationToken).ConfigureAwait(false);
        await transcripts.AppendAsync(channelId, conversationId, entries, cancellationToken).ConfigureAwait(false);
    }

    private static string? IncomingText(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text.Trim();
        }

        return activity.Value is JsonObject value && value[CardActions.ActionField] is JsonValue action && action.TryGetValue<string>(out var name)
            ? "[clicked " + name + "]"
            : null;
    }

    private static string? OutgoingText(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        var card = activity.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, CardSerializer.ContentType, StringComparison.OrdinalIgnoreCase));
        return card?.Content is JsonObject content && content["fallbackText"] is JsonValue fallback && fallback.TryGetValue<string>(out var described)
            ? "[card] " + described
            : card is null ? null : "[card]";
    }
}
