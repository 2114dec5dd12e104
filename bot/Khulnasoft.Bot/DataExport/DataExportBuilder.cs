using System.Globalization;
using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Builds the zip of a user's data live from the account API, in memory, for one delivery: nothing personal is
/// stored. All or nothing: a failed API call (<see cref="DataExportFailedException"/>) or a zip that grows past
/// <see cref="DataExportOptions.MaxSizeBytes"/> (<see cref="DataExportTooLargeException"/>) ends the build without
/// an archive, so an incomplete copy is never handed out as complete.
/// </summary>
public sealed class DataExportBuilder(DataExportReader reader, IOptions<DataExportOptions> options, TimeProvider clock)
{
    private readonly int _maxSize = options.Value.MaxSizeBytes;

    public async Task<DataExportArchive> BuildAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await reader.ReadAsync(userId, cancellationToken).ConfigureAwait(false);
        var exportedAt = clock.GetUtcNow();
        var files = DataExportContents.For(user, reader);
        var entries = new List<string>(files.Count + 1);
        using var output = new MemoryStream();
        var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        await using (zip.ConfigureAwait(false))
        {
            await AddAsync(zip, DataExportReadme.FileName, DataExportReadme.Write(user, files, exportedAt), exportedAt, cancellationToken).ConfigureAwait(false);
            entries.Add(DataExportReadme.FileName);
            foreach (var file in files)
            {
                var content = await file.ContentAsync(cancellationToken).ConfigureAwait(false);
                await AddAsync(zip, file.Path, content, exportedAt, cancellationToken).ConfigureAwait(false);
                entries.Add(file.Path);
                if (output.Length > _maxSize)
                {
                    throw new DataExportTooLargeException(_maxSize);
                }
            }
        }

        // The central directory is written on dispose: the whole archive must fit too.
        if (output.Length > _maxSize)
        {
            throw new DataExportTooLargeException(_maxSize);
        }

        var fileName = $"khulnasoft-data-{exportedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip";
        return new DataExportArchive(fileName, output.ToArray(), entries, user.OwnedAccounts.Count, exportedAt);
    }

    private static async Task AddAsync(ZipArchive zip, string path, byte[] content, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = exportedAt;
        var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        }
    }
}
