using Khulnasoft.Bot.FaultTests.Results;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// Five turns whose every answer depends on what the previous turns stored: "delete my account" → the bot asks for
/// the email → a code is "sent" → a wrong code (2 attempts left) → another (1 left) → locked. A turn lost, run twice
/// or run out of order changes the answer of a later turn, so each conversation checks itself.
/// </summary>
public static class CodeChain
{
    public const int Turns = 5;

    /// <summary>The steps: what the user says, and a part of the only reply it may get (no apostrophes: Web Chat typesets them).</summary>
    public static IReadOnlyList<(string Say, string Expect)> For(string address) =>
    [
        ("delete my account", "email address of the Khulnasoft account"),
        (address, "If an account exists for " + address),
        ("123456", "2 attempts left."),
        ("654321", "1 attempt left."),
        ("000000", "accept any more"),
    ];

    /// <summary>
    /// Runs the chain on one conversation; each turn (and each re-delivery after a 503) goes to the host
    /// <paramref name="hostFor"/> picks for (turn, attempt). A reply that is not the step's is counted as lost, an
    /// extra reply as duplicated.
    /// </summary>
    public static async Task RunAsync(ChannelConversation conversation, Func<int, int, HttpClient> hostFor, FaultCounters counters, TimeSpan thinkTime, TimeSpan maxRetryAfter)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(counters);
        var turn = 0;
        foreach (var (say, expect) in For($"{conversation.ConversationId}@chain.fault.example"))
        {
            var current = turn++;
            var replies = await ChannelConversation.DeliverUntilAcceptedAsync(attempt => hostFor(current, attempt), conversation.Message(say), counters, maxRetryAfter);
            if (replies.Count == 0 || !Cards.Seen(replies[0]).Contains(expect, StringComparison.Ordinal))
            {
                counters.WrongReply($"{conversation.ConversationId} turn {current}: expected \"{expect}\", got " + string.Join(" | ", replies.Select(Cards.Seen)));
            }

            for (var extra = 1; extra < replies.Count; extra++)
            {
                counters.Duplicate($"{conversation.ConversationId} turn {current}: " + Cards.Seen(replies[extra]));
            }

            await Task.Delay(thinkTime);
        }
    }

    /// <summary>
    /// Runs the chain as an anonymous Web Chat user over Direct Line, turn by turn on the host
    /// <paramref name="hostFor"/> picks, then reads the whole transcript from <paramref name="readFrom"/> and checks
    /// it: each message once, in order, each answered by exactly its step's reply, placed after the message and
    /// before the next one. Counts lost (missing or wrong), duplicated and reordered replies.
    /// </summary>
    public static async Task RunOverDirectLineAsync(DirectLineUserClient user, Func<int, HttpClient> hostFor, HttpClient readFrom, FaultCounters counters)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(hostFor);
        ArgumentNullException.ThrowIfNull(counters);
        var steps = For($"{user.ConversationId.ToLowerInvariant()}@dl.fault.example");
        for (var turn = 0; turn < steps.Count; turn++)
        {
            var posted = await user.SendAsync(hostFor(turn), steps[turn].Say);
            if ((int)posted.Status >= 500)
            {
                counters.ServerError($"{(int)posted.Status} {posted.Body}");
            }
            else
            {
                Assert.True(posted.Status == System.Net.HttpStatusCode.OK, $"HTTP {(int)posted.Status} {posted.Body}");
                counters.Turn();
            }
        }

        var transcript = await user.TranscriptAsync(readFrom);
        var messages = transcript.Select((a, at) => (Activity: a, At: at)).Where(x => x.Activity["from"]?["role"]?.GetValue<string>() == "user").ToList();
        Assert.Equal(steps.Select(s => s.Say), messages.Select(m => m.Activity["text"]?.GetValue<string>()));
        for (var turn = 0; turn < messages.Count; turn++)
        {
            var id = messages[turn].Activity["id"]!.GetValue<string>();
            var replies = transcript.Select((a, at) => (Activity: a, At: at)).Where(x => x.Activity["replyToId"]?.GetValue<string>() == id).ToList();
            if (replies.Count == 0 || !Cards.Seen(replies[0].Activity).Contains(steps[turn].Expect, StringComparison.Ordinal))
            {
                counters.WrongReply($"{user.ConversationId} turn {turn}: expected \"{steps[turn].Expect}\", got " + string.Join(" | ", replies.Select(r => Cards.Seen(r.Activity))));
            }

            foreach (var extra in replies.Skip(1))
            {
                counters.Duplicate($"{user.ConversationId} turn {turn}: " + Cards.Seen(extra.Activity));
            }

            var next = turn + 1 < messages.Count ? messages[turn + 1].At : int.MaxValue;
            if (replies.Any(r => r.At < messages[turn].At || r.At > next))
            {
                counters.Reordered($"{user.ConversationId} turn {turn}");
            }
        }
    }
}
