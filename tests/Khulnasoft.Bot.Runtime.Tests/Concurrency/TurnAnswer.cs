using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Concurrency;

public sealed record TurnAnswer(InvokeResponse? InvokeResponse, IReadOnlyList<Activity> Replies);
