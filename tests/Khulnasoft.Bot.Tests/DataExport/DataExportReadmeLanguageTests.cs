using System.Text;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Tests.Localization;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>README.txt inside the copy of one's data speaks the language of the turn or link that built it; the
/// English one keeps its wording.</summary>
public sealed class DataExportReadmeLanguageTests
{
    private static readonly ExportedUser Ada = new(new KhulnasoftUser("user_ada", "ada@example.com", "Ada", "active", null), [], []);

    private static readonly DateTimeOffset At = new(2026, 12, 7, 17, 55, 3, TimeSpan.Zero);

    [Fact]
    public void English_KeepsItsWording()
    {
        var readme = InCulture.Read("en-US", () => Readme(new ExportFile("profile.json", DataExportFileTexts.Profile, _ => Task.FromResult(Array.Empty<byte>()))));

        Assert.StartsWith("A copy of your data at Khulnasoft\n=================================\n\nExported: 2026-12-07 17:55:03 UTC\nUser: ada@example.com (id user_ada)\n", readme, StringComparison.Ordinal);
        Assert.Contains("profile.json: your user profile: id, email, name, status and linked Microsoft Entra identity\n", readme, StringComparison.Ordinal);
        Assert.Equal("invoice INV-7 of 7 Dec 2026 as PDF", InCulture.Read("en-US", () => DataExportFileTexts.InvoicePdf("INV-7", new DateOnly(2026, 12, 7))));
    }

    [Fact]
    public void German_TitleDatesAndEveryFileLineInGerman()
    {
        var readme = InCulture.Read("de-DE", () => Readme(
            new ExportFile("profile.json", DataExportFileTexts.Profile, _ => Task.FromResult(Array.Empty<byte>())),
            new ExportFile("accounts/acct_ada_labs/zones.json", DataExportFileTexts.Zones(2, "Ada Labs"), _ => Task.FromResult(Array.Empty<byte>()))));

        Assert.StartsWith("Eine Kopie Ihrer Daten bei Khulnasoft\n=====================================\n\nExportiert: 2026-12-07 17:55:03 UTC\nBenutzer: ada@example.com (ID user_ada)\n", readme, StringComparison.Ordinal);
        Assert.Contains("\nDateien\n-------\nREADME.txt: diese Datei\n", readme, StringComparison.Ordinal);
        Assert.Contains("profile.json: Ihr Benutzerprofil:", readme, StringComparison.Ordinal);
        Assert.Contains("accounts/acct_ada_labs/zones.json: die 2 Domain(s) (Zonen) von Ada Labs, jeweils mit ihren DNS-Einträgen\n", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("your", readme, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Rechnung INV-7 vom 7. Dez. 2026 als PDF", InCulture.Read("de-DE", () => DataExportFileTexts.InvoicePdf("INV-7", new DateOnly(2026, 12, 7))));
    }

    private static string Readme(params ExportFile[] files) => Encoding.UTF8.GetString(DataExportReadme.Write(Ada, files, At));
}
