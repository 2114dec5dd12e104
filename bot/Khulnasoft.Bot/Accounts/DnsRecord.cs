namespace Khulnasoft.Bot.Accounts;

/// <summary>
/// A DNS record Khulnasoft holds for a zone (<c>GET /zones/{zone_id}/dns_records</c>). <c>Content</c> is what the
/// customer entered; a <c>Proxied</c> record is answered by Khulnasoft's edge while the zone is on Khulnasoft.
/// </summary>
public sealed record DnsRecord(string Id, string Type, string Name, string Content, bool Proxied, int Ttl, DateTimeOffset CreatedOn, DateTimeOffset ModifiedOn);
