namespace Khulnasoft.Sandbox.Wire;

/// <summary>invoice: <c>id</c>, <c>number</c>, <c>date</c> (yyyy-MM-dd), <c>amount</c>, <c>currency</c>, <c>status</c>.</summary>
internal sealed record Invoice(string Id, string Number, DateOnly Date, decimal Amount, string Currency, string Status);
