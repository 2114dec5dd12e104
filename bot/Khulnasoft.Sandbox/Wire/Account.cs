namespace Khulnasoft.Sandbox.Wire;

/// <summary>account: <c>id</c>, <c>name</c>, <c>type</c> (standard/enterprise), <c>created_on</c>.</summary>
internal sealed record Account(string Id, string Name, string Type, DateTimeOffset CreatedOn);
