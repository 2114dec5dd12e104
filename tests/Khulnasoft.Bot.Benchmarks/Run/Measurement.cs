using Khulnasoft.Bot.Benchmarks.Driver;

namespace Khulnasoft.Bot.Benchmarks.Run;

/// <summary>One row of one round: which target, at which concurrency, and what the drive measured.</summary>
public sealed record Measurement(int Round, int Users, string Target, DriveResult Result);
