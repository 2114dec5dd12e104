using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Manifest;

/// <summary>
/// Builds the Teams app package: <c>manifest.json</c> with the real app id, bot id, domain and version filled in,
/// zipped with the two icons at the root (what Teams' "Upload a custom app" and the admin centre accept).
/// </summary>
internal static class ManifestPackage
{
    public const string ZipName = "khulnasoft-teams-app.zip";
    private const string Placeholder = "00000000-0000-0000-0000-000000000000";
    private const string PlaceholderDomain = "bot.example.com";

    /// <summary>Writes <c>manifest.json</c> and the zip into <paramref name="outputDirectory"/>; returns the zip's path.</summary>
    public static string Build(string manifestDirectory, string outputDirectory, string appId, string? botId = null, string? domain = null, string? version = null)
    {
        if (!Guid.TryParse(appId, out var app) || app == Guid.Empty)
        {
            throw new ArgumentException("The app id must be a GUID (the Teams app id, usually the bot's Microsoft App ID).", nameof(appId));
        }

        var bot = botId ?? appId;
        if (!Guid.TryParse(bot, out var botGuid) || botGuid == Guid.Empty)
        {
            throw new ArgumentException("The bot id must be a GUID (the Azure Bot's Microsoft App ID).", nameof(botId));
        }

        if (domain is not null && (domain.Contains('/', StringComparison.Ordinal) || domain.Contains(':', StringComparison.Ordinal) || domain.Length == 0))
        {
            throw new ArgumentException("The domain is a host name such as bot.example.com (no scheme, no path).", nameof(domain));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(manifestDirectory, "manifest.json")))!.AsObject();
        manifest["id"] = app.ToString("D");
        foreach (var entry in manifest["bots"]!.AsArray())
        {
            entry!["botId"] = botGuid.ToString("D");
        }

        if (version is not null)
        {
            manifest["version"] = version;
        }

        if (domain is not null)
        {
            var domains = manifest["validDomains"]!.AsArray();
            for (var i = 0; i < domains.Count; i++)
            {
                if (domains[i]!.GetValue<string>() == PlaceholderDomain)
                {
                    domains[i] = domain;
                }
            }
        }

        var json = manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (json.Contains(Placeholder, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A placeholder id is left in the manifest.");
        }

        Directory.CreateDirectory(outputDirectory);
        File.WriteAllText(Path.Combine(outputDirectory, "manifest.json"), json + "\n");
        var zipPath = Path.Combine(outputDirectory, ZipName);
        File.Delete(zipPath);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("manifest.json");
            using (var writer = new StreamWriter(entry.Open()))
            {
                writer.Write(json + "\n");
            }

            zip.CreateEntryFromFile(Path.Combine(manifestDirectory, "color.png"), "color.png");
            zip.CreateEntryFromFile(Path.Combine(manifestDirectory, "outline.png"), "outline.png");
        }

        return zipPath;
    }

    /// <summary>Redraws <c>color.png</c> and <c>outline.png</c> in <paramref name="manifestDirectory"/>.</summary>
    public static void DrawIcons(string manifestDirectory)
    {
        File.WriteAllBytes(Path.Combine(manifestDirectory, "color.png"), IconPainter.Color());
        File.WriteAllBytes(Path.Combine(manifestDirectory, "outline.png"), IconPainter.Outline());
    }

    /// <summary>The <c>manifest/</c> folder: found above the current directory or above this tool's binaries.</summary>
    public static string FindManifestDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "manifest.json")) && Directory.Exists(Path.Combine(dir.FullName, "Khulnasoft.Manifest")))
                {
                    return dir.FullName;
                }

                var nested = Path.Combine(dir.FullName, "manifest");
                if (File.Exists(Path.Combine(nested, "manifest.json")))
                {
                    return nested;
                }
            }
        }

        throw new InvalidOperationException("manifest/manifest.json not found; run from the repository.");
    }
}
