namespace Khulnasoft.Bot.Localization;

/// <summary>
/// A language the user asked for ("auf Deutsch", "speak English"), kept in user state. <see cref="OverLocale"/> is the
/// client's locale when they asked: while the client still sends that locale, the choice wins over it; a client that
/// sends another locale later (the user changed their app's language) is followed again.
/// </summary>
public sealed record LanguagePreference(string Culture, string? OverLocale);
