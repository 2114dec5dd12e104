namespace Khulnasoft.Manifest;

/// <summary>
/// Draws the two Teams icons from one shape, a cloud: the colour icon is the white cloud in the 96×96 centre of a
/// solid Khulnasoft-orange 192×192 square; the outline icon is the white cloud on a fully transparent 32×32 square,
/// with hard edges so every pixel is either pure white or alpha 0 (what Teams asks of outline icons).
/// </summary>
internal static class IconPainter
{
    // The cloud in a 100-unit design box: three circles over a flat-bottomed body.
    private static readonly (double X, double Y, double R)[] Circles = [(28, 36, 20), (52, 26, 24), (76, 38, 18)];
    private const double BodyLeft = 28, BodyRight = 76, BodyTop = 36, BodyBottom = 56;
    private const double ShapeLeft = 8, ShapeRight = 94, ShapeTop = 2, ShapeBottom = 56;

    public static byte[] Color()
    {
        const int size = 192;
        var pixels = new byte[size * size * 4];
        for (var i = 0; i < size * size; i++)
        {
            pixels[(i * 4) + 0] = 0xF3;
            pixels[(i * 4) + 1] = 0x80;
            pixels[(i * 4) + 2] = 0x20;
            pixels[(i * 4) + 3] = 0xFF;
        }

        // 96 px wide symbol, centred; 4×4 supersampling for smooth edges, blended onto the orange.
        Paint(size, 96, samples: 4, (index, coverage) =>
        {
            for (var c = 0; c < 3; c++)
            {
                var background = pixels[index + c];
                pixels[index + c] = (byte)Math.Round(background + ((255 - background) * coverage));
            }
        });
        return PngWriter.Encode(size, size, pixels);
    }

    public static byte[] Outline()
    {
        const int size = 32;
        var pixels = new byte[size * size * 4];
        Paint(size, size, samples: 1, (index, coverage) =>
        {
            if (coverage >= 0.5)
            {
                pixels[index + 0] = 255;
                pixels[index + 1] = 255;
                pixels[index + 2] = 255;
                pixels[index + 3] = 255;
            }
        });
        return PngWriter.Encode(size, size, pixels);
    }

    private static void Paint(int size, double symbolWidth, int samples, Action<int, double> apply)
    {
        var scale = symbolWidth / (ShapeRight - ShapeLeft);
        var offsetX = ((size - symbolWidth) / 2) - (ShapeLeft * scale);
        var offsetY = ((size - ((ShapeBottom - ShapeTop) * scale)) / 2) - (ShapeTop * scale);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var inside = 0;
                for (var sy = 0; sy < samples; sy++)
                {
                    for (var sx = 0; sx < samples; sx++)
                    {
                        var ux = (x + ((sx + 0.5) / samples) - offsetX) / scale;
                        var uy = (y + ((sy + 0.5) / samples) - offsetY) / scale;
                        if (InCloud(ux, uy))
                        {
                            inside++;
                        }
                    }
                }

                if (inside > 0)
                {
                    apply(((y * size) + x) * 4, inside / (double)(samples * samples));
                }
            }
        }
    }

    private static bool InCloud(double x, double y)
    {
        if (y > BodyBottom)
        {
            return false;
        }

        if (x >= BodyLeft && x <= BodyRight && y >= BodyTop)
        {
            return true;
        }

        foreach (var (cx, cy, r) in Circles)
        {
            var dx = x - cx;
            var dy = y - cy;
            if ((dx * dx) + (dy * dy) <= r * r)
            {
                return true;
            }
        }

        return false;
    }
}
