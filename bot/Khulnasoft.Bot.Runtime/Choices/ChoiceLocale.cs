using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>The locale used for recognition: the activity's, else the prompt's default, else English.</summary>
public static class ChoiceLocale
{
    public const string English = "en-us";
    public const string German = "de-de";

    public static string Resolve(Activity? activity, string? defaultLocale = null) =>
        !string.IsNullOrWhiteSpace(activity?.Locale) ? activity.Locale : defaultLocale ?? English;

    public static bool IsGerman(string? locale) =>
        locale is not null && locale.StartsWith("de", StringComparison.OrdinalIgnoreCase);
}
