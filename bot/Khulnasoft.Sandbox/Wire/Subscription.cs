namespace Khulnasoft.Sandbox.Wire;

/// <summary>subscription: <c>id</c>, <c>state</c>, <c>rate_plan</c>, <c>zone</c> {id, name} or null, <c>price</c>, <c>currency</c>, <c>frequency</c>.</summary>
internal sealed record Subscription(string Id, string State, RatePlan RatePlan, IdName? Zone, decimal Price, string Currency, string Frequency);
