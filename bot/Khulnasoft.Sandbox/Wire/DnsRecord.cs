namespace Khulnasoft.Sandbox.Wire;

/// <summary>dns record: <c>id</c>, <c>type</c>, <c>name</c>, <c>content</c>, <c>proxied</c>, <c>ttl</c>, <c>created_on</c>, <c>modified_on</c>.</summary>
internal sealed record DnsRecord(string Id, string Type, string Name, string Content, bool Proxied, int Ttl, DateTimeOffset CreatedOn, DateTimeOffset ModifiedOn);
