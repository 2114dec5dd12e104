using System.IO.Compression;
using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Manifest.Tests;

public sealed class TeamsManifestTests
{
    private const string AppId = "3f1b7a0e-6c2d-4e8f-9a11-5b2c3d4e5f60";
    private static readonly string ManifestDirectory = RepoPaths.Combine("manifest");

    [Fact]
    public void ManifestJson_IsValidAgainstTheOfficialSchema()
    {
        var manifest = File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json"));
        var version = JsonNode.Parse(manifest)!["manifestVersion"]!.GetValue<string>();

        Assert.Empty(TeamsSchema.Errors(TeamsSchema.Load(version), manifest));
    }

    [Fact]
    public void Schema_RejectsAManifestWithAnUnknownScopeOrMissingAccentColor()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json")))!.AsObject();
        var schema = TeamsSchema.Load(manifest["manifestVersion"]!.GetValue<string>());
        var badScope = manifest.DeepClone().AsObject();
        badScope["bots"]![0]!["scopes"]![0] = "everywhere";
        var noAccent = manifest.DeepClone().AsObject();
        noAccent.Remove("accentColor");

        Assert.NotEmpty(TeamsSchema.Errors(schema, badScope.ToJsonString()));
        Assert.NotEmpty(TeamsSchema.Errors(schema, noAccent.ToJsonString()));
    }

    [Fact]
    public void Manifest_DeclaresTheBotScopesFilesAndCommands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json")))!;
        var bot = manifest["bots"]![0]!;

        Assert.True(string.CompareOrdinal(manifest["manifestVersion"]!.GetValue<string>(), "1.17") >= 0);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        Assert.Equal(["delete my account", "status", "help", "talk to a human"],
            bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal("#F38020", manifest["accentColor"]!.GetValue<string>());
        Assert.NotEmpty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public void Build_WritesAValidZipWithTheRealIdsAndDomainAndTheIconsAtTheRoot()
    {
        var output = Path.Combine(Path.GetTempPath(), "khulnasoft-manifest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var zipPath = ManifestPackage.Build(ManifestDirectory, output, AppId, domain: "bot.khulnasoft.example", version: "1.0.1");

            using var zip = ZipFile.OpenRead(zipPath);
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var json = reader.ReadToEnd();
            var manifest = JsonNode.Parse(json)!;
            Assert.Equal(["manifest.json", "color.png", "outline.png"], zip.Entries.Select(e => e.FullName));
            Assert.Empty(TeamsSchema.Errors(TeamsSchema.Load(manifest["manifestVersion"]!.GetValue<string>()), json));
            Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
            Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal("1.0.1", manifest["version"]!.GetValue<string>());
            Assert.Contains("bot.khulnasoft.example", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
            Assert.DoesNotContain("bot.example.com", manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Build_WithoutARealAppId_Refuses(string appId)
    {
        Assert.Throws<ArgumentException>(() => ManifestPackage.Build(ManifestDirectory, Path.GetTempPath(), appId));
    }

    [Fact]
    public void ColorIcon_Is192SquareWithAWhiteSymbolInsideTheCentral96()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDirectory, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.Equal((0xF3, 0x80, 0x20, 0xFF), icon.Pixel(0, 0));
        Assert.Equal((255, 255, 255, 255), icon.Pixel(96, 96));
        for (var y = 0; y < 192; y++)
        {
            for (var x = 0; x < 192; x++)
            {
                if (x < 48 || x >= 144 || y < 48 || y >= 144)
                {
                    Assert.Equal((0xF3, 0x80, 0x20, 0xFF), icon.Pixel(x, y));
                }
            }
        }
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnFullyTransparent()
    {
        var icon = PngImage.Read(File.ReadAllBytes(Path.Combine(ManifestDirectory, "outline.png")));
        var white = 0;

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        for (var y = 0; y < 32; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                var (r, g, b, a) = icon.Pixel(x, y);
                Assert.True(a is 0 or 255, $"pixel {x},{y} is partly transparent");
                if (a == 255)
                {
                    Assert.Equal((255, 255, 255), (r, g, b));
                    white++;
                }
            }
        }

        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.InRange(white, 200, 800);
    }

    [Fact]
    public void CommittedIcons_AreWhatTheIconToolDraws()
    {
        Assert.Equal(IconPainter.Color(), File.ReadAllBytes(Path.Combine(ManifestDirectory, "color.png")));
        Assert.Equal(IconPainter.Outline(), File.ReadAllBytes(Path.Combine(ManifestDirectory, "outline.png")));
    }
}
