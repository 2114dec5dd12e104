namespace Khulnasoft.Sandbox.Wire;

/// <summary>A short reference <c>{ "id", "name" }</c> (membership and zone <c>account</c>, subscription <c>zone</c>, deleted and left accounts).</summary>
internal sealed record IdName(string Id, string Name);
