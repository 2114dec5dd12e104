namespace Khulnasoft.Cards;

/// <summary>
/// Text the bot writes into chat messages (markdown in Web Chat and Teams), as opposed to card text.
/// </summary>
public static class ChatText
{
    /// <summary>
    /// A code span: shown exactly as written, and never turned into a link. Web Chat's markdown (markdown-it with
    /// linkify) otherwise links a domain name such as "adashop.com" to the bare domain.
    /// </summary>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A run of backticks longer than any inside the text delimits the span (CommonMark); host names have none.
        var fence = new string('`', LongestRun(text, '`') + 1);
        var padding = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + padding + text + padding + fence;
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
