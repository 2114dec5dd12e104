namespace Khulnasoft.Sandbox.Wire;

/// <summary>billing profile: <c>payment_method</c> or null, <c>balance</c>, <c>currency</c>.</summary>
internal sealed record BillingProfile(PaymentMethod? PaymentMethod, decimal Balance, string Currency);
