namespace Khulnasoft.Sandbox.Wire;

/// <summary>The masked <c>payment_method</c>: <c>type</c>, <c>brand</c>, <c>last4</c>, <c>expiry_month</c>, <c>expiry_year</c>.</summary>
internal sealed record PaymentMethod(string Type, string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
