using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>What a processed activity answered, kept so a re-delivery gets the same answer without running the turn again.</summary>
public sealed class ProcessedTurn
{
    /// <summary>The invoke response of an invoke turn.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The activities an <c>expectReplies</c> turn buffered, in order.</summary>
    public List<Activity> Replies { get; set; } = [];
}
