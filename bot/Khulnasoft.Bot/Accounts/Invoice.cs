namespace Khulnasoft.Bot.Accounts;

/// <summary>An invoice; <c>Status</c> is paid, open or void.</summary>
public sealed record Invoice(string Id, string Number, DateOnly Date, decimal Amount, string Currency, string Status);
