namespace Khulnasoft.Cards.Common;

/// <summary>
/// The plain-text forms of a card: <c>fallbackText</c> (shown where the card can't be, and read by clients that
/// don't render cards) and <c>speak</c> (read aloud). Both say what the card says: its title, its items with their
/// status, the dates and amounts it shows, and what each button does (as the command to type or say).
/// </summary>
internal static class CardText
{
    /// <summary>Sentences joined by spaces; null or empty parts are left out, and each part ends with a full stop.</summary>
    public static string Sentences(params string?[] parts) =>
        string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => EndSentence(p!)));

    /// <summary><c>"a", "b" or "c"</c>: the commands a user can type instead of pressing the buttons.</summary>
    public static string Either(params string[] commands) => commands.Length switch
    {
        0 => string.Empty,
        1 => Quote(commands[0]),
        _ => string.Join(", ", commands[..^1].Select(Quote)) + CardStrings.Get("OrList") + Quote(commands[^1]),
    };

    /// <summary>"Type …" for the fallback, "Say …" for speech.</summary>
    public static string Type(params string[] commands) => CardStrings.Format("TypeCommands", Either(commands));

    public static string Say(params string[] commands) => CardStrings.Format("SayCommands", Either(commands));

    private static string EndSentence(string part)
    {
        var text = part.TrimEnd();
        return text[^1] is '.' or '?' or '!' or ':' ? text : text + ".";
    }

    private static string Quote(string command) => "\"" + command + "\"";

    /// <summary>A command as the user types it in the current language ("delete my account" / "Konto löschen"): Cmd* keys.</summary>
    public static string Command(string name) => CardStrings.Get("Cmd" + name);
}
