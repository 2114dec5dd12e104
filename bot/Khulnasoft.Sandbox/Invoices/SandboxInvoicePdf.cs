using System.Globalization;
using Khulnasoft.Sandbox.Wire;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Khulnasoft.Sandbox.Invoices;

/// <summary>Renders a small, real invoice PDF with PDFsharp.</summary>
internal static class SandboxInvoicePdf
{
    private static readonly Lock FontGate = new();

    public static byte[] Render(Account account, Invoice invoice)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {invoice.Number}";
        document.Info.Author = "Khulnasoft, Inc.";
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var orange = new XSolidBrush(XColor.FromArgb(0xF3, 0x80, 0x20));
            var title = new XFont(SandboxFontResolver.Family, 22, XFontStyleEx.Bold);
            var body = new XFont(SandboxFontResolver.Family, 11, XFontStyleEx.Regular);
            var bold = new XFont(SandboxFontResolver.Family, 11, XFontStyleEx.Bold);
            var culture = CultureInfo.InvariantCulture;
            gfx.DrawRectangle(orange, 0, 0, page.Width.Point, 8);
            gfx.DrawString("Khulnasoft", title, orange, new XPoint(50, 70));
            gfx.DrawString($"Invoice {invoice.Number}", bold, XBrushes.Black, new XPoint(50, 110));
            gfx.DrawString($"Date: {invoice.Date.ToString("yyyy-MM-dd", culture)}", body, XBrushes.Black, new XPoint(50, 130));
            gfx.DrawString($"Account: {account.Name} ({account.Id})", body, XBrushes.Black, new XPoint(50, 150));
            gfx.DrawString($"Status: {invoice.Status}", body, XBrushes.Black, new XPoint(50, 170));
            gfx.DrawLine(XPens.LightGray, 50, 190, page.Width.Point - 50, 190);
            gfx.DrawString("Total", bold, XBrushes.Black, new XPoint(50, 215));
            gfx.DrawString($"{invoice.Amount.ToString("0.00", culture)} {invoice.Currency}", bold, XBrushes.Black, new XPoint(page.Width.Point - 170, 215));
            gfx.DrawString("Khulnasoft, Inc. (sandbox document, not a tax invoice)", body, XBrushes.Gray, new XPoint(50, page.Height.Point - 50));
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void EnsureFonts()
    {
        lock (FontGate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new SandboxFontResolver();
            }
        }
    }
}
