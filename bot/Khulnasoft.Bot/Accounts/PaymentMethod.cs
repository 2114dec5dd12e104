namespace Khulnasoft.Bot.Accounts;

/// <summary>A masked payment method.</summary>
public sealed record PaymentMethod(string Type, string Brand, string Last4, int ExpiryMonth, int ExpiryYear);
