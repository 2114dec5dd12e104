namespace Khulnasoft.Sandbox.Wire;

/// <summary>The <c>rate_plan</c> of a subscription: <c>{ "id", "public_name", "is_contract" }</c>; free plans have id <c>free</c>.</summary>
internal sealed record RatePlan(string Id, string PublicName, bool IsContract);
