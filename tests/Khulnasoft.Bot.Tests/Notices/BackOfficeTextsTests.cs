using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Localization;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary>
/// The back office's chat and mail texts (resuming a paused case, an extension, a cancellation by support) speak the
/// language they are read in; the extension's due date is the legal clock's UTC day, also for a user on Berlin time,
/// where the end of that day is already the next morning.
/// </summary>
public sealed class BackOfficeTextsTests
{
    [Fact]
    public void TheResumeTexts_InGerman_NameTheGermanButtonsAndWords()
    {
        var texts = InCulture.Read("de-DE", () => new[]
        {
            BackOfficeTexts.Paused("del_1"), BackOfficeTexts.ReadyToResume("del_1"), BackOfficeTexts.ResumeRetry, BackOfficeTexts.LeftPaused,
            BackOfficeTexts.NothingToResume, BackOfficeTexts.StillBlocked("del_1", ["A", "B"]), BackOfficeTexts.BlockedNoticeResume,
        });

        Assert.Equal("Ihre Löschung (Vorgang del_1) ist angehalten: Zuerst braucht etwas Ihre Aufmerksamkeit. Hier ist Ihre aktuelle Checkliste mit dem, was noch offen ist.", texts[0]);
        Assert.Equal("Wählen Sie „Meine Löschung fortsetzen“ (oder schreiben Sie „fortsetzen“) oder „Nicht jetzt“, damit sie angehalten bleibt.", texts[2]);
        Assert.Contains("das blockiert sie noch: A; B.", texts[5], StringComparison.Ordinal);
        Assert.All(texts, t => Assert.DoesNotContain("deletion", t, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(null, null, "We have extended the deadline to answer your deletion request (case del_1) to 7 March 2027, as the law allows for complex requests. The reason: complex")]
    [InlineData("de-DE", "Europe/Berlin", "Wir haben die Frist für die Antwort auf Ihre Löschanfrage (Vorgang del_1) bis zum 7. März 2027 verlängert, wie es das Gesetz bei komplexen Anfragen erlaubt. Der Grund: complex")]
    public async Task TheExtensionNotice_SpeaksTheCasesLanguage_WithTheUtcDueDay(string? culture, string? zone, string body)
    {
        var extended = new DeletionCase
        {
            CaseId = "del_1", UserId = "user_ben", AccountIds = ["acct_ben"], CreatedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
            Culture = culture, TimeZone = zone, ExtendedDueAt = new DateTimeOffset(2027, 3, 7, 23, 59, 59, TimeSpan.Zero), ExtensionReason = "complex",
        };

        // As the notification job does (its culture and zone flow no further than this task).
        var (_, text) = await Task.Run(() =>
        {
            DeletionMessages.UseLanguageOf(extended);
            return DeletionMessages.For(DeletionNotice.Extended, extended, "https://verify.example");
        });

        Assert.Equal(body, text);
    }
}
