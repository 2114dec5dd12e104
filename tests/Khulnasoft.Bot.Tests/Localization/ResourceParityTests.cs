using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards.Legal;

namespace Khulnasoft.Bot.Tests.Localization;

/// <summary>
/// Every resx file of the repository (bot and cards) has a sibling for every language the bot speaks, with exactly the
/// same keys and the same placeholders; the legal texts carry the same version in every language; and the satellite
/// resources are really built and found.
/// </summary>
public sealed partial class ResourceParityTests
{
    private static readonly string[] Languages = [.. SupportedCultures.All.Where(c => c != SupportedCultures.English).Select(c => c.Name)];

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllResx().Where(f => Culture(f) is null))
        {
            data.Add(Path.GetRelativePath(Root, file));
        }

        return data;
    }

    [Fact]
    public void TheRepositoryHasResources_InTheBotAndTheCards()
    {
        var files = AllResx().Select(f => Path.GetRelativePath(Root, f)).ToList();

        Assert.Contains(files, f => f.StartsWith("bot", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("cards", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLanguageFile_HasItsNeutralFile_AndSpeaksALanguageTheBotSpeaks()
    {
        foreach (var file in AllResx().Where(f => Culture(f) is not null))
        {
            Assert.Contains(Culture(file)!, Languages);
            Assert.True(File.Exists(Neutral(file)), Path.GetRelativePath(Root, file) + " has no neutral (English) file");
        }
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void EveryKey_ExistsInEveryLanguage_WithTheSamePlaceholders(string relative)
    {
        var english = Read(Path.Combine(Root, relative));
        Assert.NotEmpty(english);
        foreach (var language in Languages)
        {
            var path = Path.Combine(Root, relative[..^".resx".Length] + "." + language + ".resx");
            Assert.True(File.Exists(path), relative + " has no " + language + " sibling");
            var translated = Read(path);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in english)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(translated[key])), $"{relative} [{language}] {key}: placeholders differ");
                Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{relative} [{language}] {key} is empty");
            }
        }
    }

    [Fact]
    public void TheLegalTexts_CarryTheSameVersionInEveryLanguage()
    {
        var english = LegalTexts.Version(SupportedCultures.English);

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", english);
        Assert.All(SupportedCultures.All, c => Assert.Equal(english, LegalTexts.Version(c)));
    }

    [Fact]
    public void TheGermanResources_AreBuiltAndFound_ForTheBotAndTheCards()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            TurnCulture.Use(SupportedCultures.German);
            var german = (IdentityTexts.AskEmail, LegalTexts.LegalHold());
            TurnCulture.Use(SupportedCultures.English);
            var english = (IdentityTexts.AskEmail, LegalTexts.LegalHold());

            Assert.StartsWith("Wie lautet die E-Mail-Adresse", german.AskEmail, StringComparison.Ordinal);
            Assert.StartsWith("What's the email address", english.AskEmail, StringComparison.Ordinal);
            Assert.NotEqual(english.Item2, german.Item2);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KhulnasoftBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KhulnasoftBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> AllResx() =>
        new[] { "bot", "cards" }.SelectMany(top => Directory.EnumerateFiles(Path.Combine(Root, top), "*.resx", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules"));

    /// <summary>"de" for <c>X.de.resx</c>, null for the neutral <c>X.resx</c>.</summary>
    private static string? Culture(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        return dot < 0 ? null : name[(dot + 1)..];
    }

    private static string Neutral(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return Path.Combine(Path.GetDirectoryName(file)!, name[..name.LastIndexOf('.')] + ".resx");
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?<!\{)\{\d+(:[^}]*)?\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Placeholder();
}
