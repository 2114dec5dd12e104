using System.Globalization;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Activity ids and watermarks: <c>{conversationId}|{sequence:D7}</c>, and the sequence as an opaque string.</summary>
public static class DirectLineActivityIds
{
    public static string For(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark; empty or missing means "from the start".</summary>
    public static bool TryParseWatermark(string? text, out long sequence)
    {
        if (string.IsNullOrEmpty(text))
        {
            sequence = 0;
            return true;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
