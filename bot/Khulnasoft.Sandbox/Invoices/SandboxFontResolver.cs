using PdfSharp.Fonts;

namespace Khulnasoft.Sandbox.Invoices;

/// <summary>Gives PDFsharp a sans-serif TrueType font from the machine (DejaVu, Liberation, Arial).</summary>
internal sealed class SandboxFontResolver : IFontResolver
{
    public const string Family = "Sandbox Sans";

    private static readonly string[] RegularCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        @"C:\Windows\Fonts\arial.ttf",
    ];

    private static readonly string[] BoldCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
        @"C:\Windows\Fonts\arialbd.ttf",
    ];

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "sandbox-bold" : "sandbox-regular");

    public byte[]? GetFont(string faceName)
    {
        var candidates = faceName == "sandbox-bold" ? BoldCandidates.Concat(RegularCandidates) : RegularCandidates;
        var path = candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No TrueType font found for invoice PDFs; install fonts-dejavu-core.");
        return File.ReadAllBytes(path);
    }
}
