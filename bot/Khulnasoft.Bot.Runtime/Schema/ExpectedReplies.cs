namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The body of a 200 answer to an activity sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed class ExpectedReplies
{
    public ExpectedReplies() { }

    public ExpectedReplies(IEnumerable<Activity> activities) => Activities = [.. activities];

    public List<Activity> Activities { get; set; } = [];
}
