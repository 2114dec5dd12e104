using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>The result of reading an export link token; <see cref="Link"/> is set when the signature is ours.</summary>
public sealed record DataExportLinkCheck(SignedLinkStatus Status, DataExportLink? Link);
