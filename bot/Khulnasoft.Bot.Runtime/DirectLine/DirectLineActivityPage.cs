using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Activities after a watermark, in order, and the watermark after the last of them.</summary>
public sealed record DirectLineActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
