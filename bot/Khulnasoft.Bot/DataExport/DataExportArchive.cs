namespace Khulnasoft.Bot.DataExport;

/// <summary>A finished zip of a user's data, built in memory for one delivery and never stored.</summary>
public sealed record DataExportArchive(string FileName, byte[] Content, IReadOnlyList<string> Entries, int OwnedAccountCount, DateTimeOffset ExportedAt);
