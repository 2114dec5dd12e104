using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>The final confirmation's one-time codes, read from the sandbox mailbox of a running host.</summary>
public static partial class ConfirmationCodes
{
    /// <summary>The code of the newest step-up mail ("to confirm the deletion") to <paramref name="email"/>, waiting for it.</summary>
    public static async Task<string> NewestAsync(HttpClient host, string email)
    {
        ArgumentNullException.ThrowIfNull(host);
        var mail = await Jobs.Eventually.UntilAsync(
            async () => (await host.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json"))!["mails"]!.AsArray().OfType<JsonObject>()
                .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))
                    && m["text_body"]!.GetValue<string>().Contains("to confirm the deletion", StringComparison.Ordinal))
                .OrderBy(m => m["received_at"]!.GetValue<DateTimeOffset>())
                .LastOrDefault(),
            m => m is not null,
            "the confirmation code mail to " + email);
        return SixDigits().Match(mail!["text_body"]!.GetValue<string>()).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
