using System.Globalization;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.WebChat;

/// <summary>
/// The sandbox's demo users offered by the "signed in as" picker (the same people as the sandbox data), with their
/// labels in the page's language (<c>WebChatDemoUsers.resx</c> and its siblings, one key per user).
/// </summary>
public static class WebChatDemoUsers
{
    private static readonly IStringLocalizer L = Localized.For(typeof(WebChatDemoUsers));

    /// <summary>Each user's email and the key of their label, in the picker's order.</summary>
    private static readonly (string Email, string Key)[] Users =
    [
        ("ada@example.com", "Ada"),
        ("ben@example.com", "Ben"),
        ("sam@ssocorp.example", "Sam"),
        ("grace@ssocorp.example", "Grace"),
        ("cora@contract.example", "Cora"),
        ("lee@held.example", "Lee"),
        ("mike.csm@khulnasoft.example", "Mike"),
        ("bob@example.com", "Bob"),
    ];

    /// <summary>The picker's entries, labelled in <paramref name="language"/> ("Ada — self-serve, everything still to do").</summary>
    public static IReadOnlyList<WebChatDemoUser> In(CultureInfo language) =>
        Localized.In(language, () => Users.Select(u => new WebChatDemoUser(u.Email, L[u.Key])).ToList());

    /// <summary>The demo user's email as the sandbox knows it, or null when <paramref name="email"/> is not one.</summary>
    public static string? Find(string email) =>
        Users.Select(u => u.Email).FirstOrDefault(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase));
}
