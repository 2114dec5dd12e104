namespace Khulnasoft.Sandbox.Wire;

/// <summary>legal hold: <c>id</c>, <c>reason</c> (staff only), <c>created_at</c>.</summary>
internal sealed record LegalHold(string Id, string Reason, DateTimeOffset CreatedAt);
