namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The legal texts the user confirmed a deletion under: the <paramref name="Version"/> of the reviewed texts, the
/// English text (canonical, whatever language the user read), and the <paramref name="ShownCulture"/> they read it in.
/// </summary>
public sealed record ConfirmedLegalText(string Version, string English, string ShownCulture);
