using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Khulnasoft.TestSupport;

/// <summary>The final confirmation's one-time codes, read from the sandbox mailbox (<c>/sandbox/mailbox.json</c>) of a running host.</summary>
public static partial class ConfirmationCodes
{
    /// <summary>
    /// The code of the newest step-up mail ("to confirm the deletion", in English or German) to <paramref name="email"/>, polling the mailbox
    /// at <paramref name="sandbox"/> (its base address) for up to 30 s while the mail is on its way.
    /// </summary>
    public static async Task<string> NewestAsync(HttpClient sandbox, string email)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        for (var tries = 0; tries < 300; tries++)
        {
            var mail = (await sandbox.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json"))!["mails"]!.AsArray().OfType<JsonObject>()
                .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))
                    && (m["text_body"]!.GetValue<string>().Contains("to confirm the deletion", StringComparison.Ordinal)
                        || m["text_body"]!.GetValue<string>().Contains("um die Löschung Ihres Khulnasoft-Kontos zu bestätigen", StringComparison.Ordinal)))
                .OrderBy(m => m["received_at"]!.GetValue<DateTimeOffset>())
                .LastOrDefault();
            if (mail is not null)
            {
                return SixDigits().Match(mail["text_body"]!.GetValue<string>()).Value;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No confirmation code mail to " + email + " in the sandbox mailbox.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
