namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>
/// The first <see cref="Count"/> buffered replies of an <c>expectReplies</c> turn, already serialized as a JSON array
/// (by the turn gate, for its processed-activity record). The adapter writes them as the answer when nothing was
/// buffered since, instead of serializing the same activities a second time.
/// </summary>
internal sealed record SerializedReplies(byte[] Json, int Count)
{
    /// <summary>Turn-state key.</summary>
    public const string Key = "Khulnasoft.SerializedReplies";
}
