using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>What <see cref="IDataExportDelivery.SendAsync"/> did; <see cref="Mode"/> and <see cref="ExportId"/> are set when the copy was offered.</summary>
public sealed record DataExportResult(DataExportOutcome Outcome, FileDeliveryMode? Mode = null, string? ExportId = null);
