using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The media type an uploaded file is stored and served as. The server chooses it: the client's declared type counts
/// only when it parses as one exact type of the allow-list below and the file starts with that type's magic bytes;
/// anything else is <see cref="Download"/>. Only the image types render inline (Web Chat shows them with
/// <c>&lt;img&gt;</c>); a PDF keeps its type but downloads. The signatures are hand-written: five prefixes, and no
/// served, maintained library checks just these (docs/security.md).
/// </summary>
internal static class AttachmentMediaTypes
{
    public const string Download = "application/octet-stream";

    private static readonly AllowedType[] Allowed =
    [
        new("image/png", true, static bytes => bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        new("image/jpeg", true, static bytes => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])),
        new("image/gif", true, static bytes => bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)),
        new("image/webp", true, static bytes => bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)),
        new("application/pdf", false, static bytes => bytes.StartsWith("%PDF-"u8)),
    ];

    /// <summary>The type to store and serve, and whether it may render inline.</summary>
    public static (string MediaType, bool Inline) Decide(string? declared, ReadOnlySpan<byte> content)
    {
        // TryParse takes exactly one media type: "image/png, text/html" (a list) does not parse.
        if (MediaTypeHeaderValue.TryParse(declared, out var parsed) && parsed.MediaType.HasValue)
        {
            foreach (var allowed in Allowed)
            {
                if (parsed.MediaType.Equals(allowed.MediaType, StringComparison.OrdinalIgnoreCase) && allowed.Matches(content))
                {
                    return (allowed.MediaType, allowed.Inline);
                }
            }
        }

        return (Download, false);
    }

    private delegate bool Signature(ReadOnlySpan<byte> content);

    private sealed record AllowedType(string MediaType, bool Inline, Signature Matches);
}
