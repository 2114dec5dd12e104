using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>A downloaded or uploaded data export opened with System.IO.Compression: every entry's bytes by path.</summary>
public sealed class ExportZip
{
    private ExportZip(IReadOnlyDictionary<string, byte[]> files) => Files = files;

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public string Readme => Text("README.txt");

    public static ExportZip Open(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(entry.FullName, copy.ToArray());
        }

        return new ExportZip(files);
    }

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public JsonNode Json(string path) => JsonNode.Parse(Files[path])!;

    /// <summary>
    /// What every export must be: the expected files and no others, every JSON file parses, every PDF starts with
    /// <c>%PDF</c>, and README.txt names every other file and says when it was exported (in English or German: the language of the download).
    /// </summary>
    public void AssertComplete(IEnumerable<string> expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in Files)
        {
            if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                Assert.NotNull(JsonNode.Parse(bytes));
            }
            else if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            }

            if (path != "README.txt")
            {
                Assert.Contains(path + ": ", Readme, StringComparison.Ordinal);
            }
        }

        Assert.Matches(@"(Exported|Exportiert): \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", Readme);
    }
}
