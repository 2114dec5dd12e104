using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>The upload's <c>activity</c> part is not a readable activity; the endpoint answers 400 naming <see cref="Error"/>'s field.</summary>
internal sealed class UnreadableActivityException(ActivityReadError error) : Exception(error.Detail)
{
    public ActivityReadError Error { get; } = error;
}
