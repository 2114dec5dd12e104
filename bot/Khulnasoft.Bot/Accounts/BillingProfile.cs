namespace Khulnasoft.Bot.Accounts;

/// <summary>An account's billing profile: the payment method on file (if any) and the balance.</summary>
public sealed record BillingProfile(PaymentMethod? PaymentMethod, decimal Balance, string Currency);
