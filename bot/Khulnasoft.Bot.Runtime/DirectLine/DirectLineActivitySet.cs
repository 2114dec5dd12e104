using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>What GET activities returns and what each WebSocket frame carries: <c>{activities, watermark}</c>.</summary>
public sealed record DirectLineActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
