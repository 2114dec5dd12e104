namespace Khulnasoft.Bot.DataExport;

/// <summary>One file of the zip: its path, what README.txt says it is, and how to produce its bytes.</summary>
public sealed record ExportFile(string Path, string Description, Func<CancellationToken, Task<byte[]>> ContentAsync);
