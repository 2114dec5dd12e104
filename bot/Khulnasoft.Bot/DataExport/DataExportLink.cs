namespace Khulnasoft.Bot.DataExport;

/// <summary>What a signed export link grants: a fresh copy of one user's data, until <see cref="Expires"/>; <see cref="ExportId"/> ties it to its offer in the audit.</summary>
public sealed record DataExportLink(string UserId, string ExportId, DateTimeOffset Expires);
