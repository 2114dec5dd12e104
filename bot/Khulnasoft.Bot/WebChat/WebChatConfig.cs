namespace Khulnasoft.Bot.WebChat;

/// <summary>
/// What the page needs to know: whether the sandbox picker is shown, and its users; the language it speaks
/// (<see cref="Language"/>: <c>en</c> or <c>de</c>, for <c>&lt;html lang&gt;</c>), the locale it passes to Web Chat
/// (<see cref="Locale"/>), and its texts in that language.
/// </summary>
public sealed record WebChatConfig(bool Sandbox, IReadOnlyList<WebChatDemoUser> Users, string Language, string Locale, IReadOnlyDictionary<string, string> Texts);
