namespace Khulnasoft.Bot.Accounts;

/// <summary>The plan of a subscription. Free plans have id <c>free</c>.</summary>
public sealed record RatePlan(string Id, string PublicName, bool IsContract);
