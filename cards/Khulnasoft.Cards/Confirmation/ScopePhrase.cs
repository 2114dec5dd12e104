using System.Globalization;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Confirmation;

/// <summary>
/// What the user types at the final step to confirm the exact scope, as GitHub asks for a repository's name: the name
/// of the one account deleted ("Ada Labs"), with several the phrase "delete 2 accounts", and without an owned account
/// the user's own email (only their user is deleted). Compared trimmed, case-insensitive, runs of spaces as one.
/// </summary>
public static class ScopePhrase
{
    public static string For(DeletionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.AccountsDeleted.Count switch
        {
            0 => scope.UserEmail,
            1 => scope.AccountsDeleted[0].Name,
            var count => "delete " + count.ToString(CultureInfo.InvariantCulture) + " accounts",
        };
    }

    public static bool Matches(DeletionScope scope, string? typed) => Matches(For(scope), typed);

    /// <summary>Whether <paramref name="typed"/> is <paramref name="phrase"/> (a phrase <see cref="For"/> gave).</summary>
    public static bool Matches(string phrase, string? typed)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return typed is not null && string.Equals(Normalize(typed), Normalize(phrase), StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Trim().Trim('"', '\'', '`', '“', '”').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
