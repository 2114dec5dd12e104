using System.Globalization;

namespace Khulnasoft.Bot.Tests.Localization;

/// <summary>Reads texts as a turn in <c>culture</c> would (current culture and UI culture), then puts the thread's
/// cultures back.</summary>
internal static class InCulture
{
    public static T Read<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
