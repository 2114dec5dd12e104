using System.Collections.Concurrent;
using Khulnasoft.Bot.Benchmarks.Bare;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// For attribution only (<c>server --adapter-only</c>): the runtime's adapter pipeline with the baseline's dictionary
/// state machine instead of dialogs and stored state, so the CPU it costs is the adapter's share of a turn.
/// </summary>
public sealed class AdapterOnlyBot : ActivityHandler
{
    private readonly ConcurrentDictionary<string, BareConversation> _conversations = new(StringComparer.Ordinal);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversation = _conversations.GetOrAdd(activity.Conversation?.Id ?? string.Empty, static _ => new BareConversation());
        await turnContext.SendActivityAsync(conversation.Advance(activity.Text ?? string.Empty), cancellationToken: cancellationToken);
    }
}
