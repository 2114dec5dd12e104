using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.DataExport;

/// <summary>A zone with its DNS records.</summary>
public sealed record ExportedZone(Zone Zone, IReadOnlyList<DnsRecord> DnsRecords);
