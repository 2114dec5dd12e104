using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>How messages about files word a link's lifetime ("1 hour", "30 minutes") and a size ("48 KB").</summary>
public static class FileWording
{
    private static readonly IStringLocalizer L = Localized.For(typeof(FileWording));

    public static string Lifetime(TimeSpan lifetime) => lifetime switch
    {
        { TotalDays: >= 1 } when lifetime.TotalDays % 1 == 0 => Plural((int)lifetime.TotalDays, "day"),
        { TotalHours: >= 1 } when lifetime.TotalHours % 1 == 0 => Plural((int)lifetime.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when lifetime.TotalMinutes % 1 == 0 => Plural((int)lifetime.TotalMinutes, "minute"),
        _ => Plural((int)Math.Ceiling(lifetime.TotalSeconds), "second"),
    };

    /// <summary>Bytes in KB below a megabyte, else in MB with one decimal (1 KB = 1024 bytes).</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024.0)).ToString(CultureInfo.InvariantCulture)} KB"
        : $"{(bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture)} MB";

    private static string Plural(int n, string unit) => n == 1 ? L[unit + "One"] : L[unit + "Other", n];
}
