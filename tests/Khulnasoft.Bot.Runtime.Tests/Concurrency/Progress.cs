namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

/// <summary>Conversation state of the test bot: how many turns ran and which steps, in order.</summary>
public sealed class Progress
{
    public int Count { get; set; }

    public List<string> Steps { get; set; } = [];
}
