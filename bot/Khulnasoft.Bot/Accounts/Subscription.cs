namespace Khulnasoft.Bot.Accounts;

/// <summary>A subscription or add-on; <c>State</c> is <c>active</c> or <c>cancelled</c>.</summary>
public sealed record Subscription(string Id, string State, RatePlan RatePlan, ZoneRef? Zone, decimal Price, string Currency, string Frequency);
