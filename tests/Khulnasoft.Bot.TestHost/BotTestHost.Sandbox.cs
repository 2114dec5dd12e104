using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.TestHost;

/// <summary>The embedded sandbox as a person uses it: the dashboard's forms and the mailbox.</summary>
public sealed partial class BotTestHost
{
    /// <summary>Does prerequisites by hand on the sandbox dashboard (a form POST each), in order.</summary>
    public async Task DashboardAsync(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            using var response = await Http.PostAsync(new Uri("/sandbox/dash/" + path, UriKind.Relative), null);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.SeeOther or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        }
    }

    /// <summary>The newest 6-digit code mailed to <paramref name="email"/> (the sandbox mailbox), or null.</summary>
    public async Task<string?> LatestCodeAsync(string email)
    {
        var mails = await MailsToAsync(email);
        var latest = mails.Count == 0 ? null : mails[^1];
        return latest is null ? null : SixDigits().Match(latest["text_body"]!.GetValue<string>()) is { Success: true } match ? match.Value : null;
    }

    /// <summary>The code of the newest final-confirmation (step-up) mail to <paramref name="email"/>, waiting for it.</summary>
    public Task<string> ConfirmationCodeAsync(string email) => ConfirmationCodes.NewestAsync(Http, email);

    /// <summary>A 6-digit code that is not <paramref name="code"/>.</summary>
    public static string OtherCode(string code) => code == "111111" ? "222222" : "111111";

    /// <summary>How many mails <paramref name="email"/> has received.</summary>
    public async Task<int> MailCountAsync(string email) => (await MailsToAsync(email)).Count;

    /// <summary>The mails <paramref name="email"/> has received (the sandbox mailbox over HTTP), oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> MailsToAsync(string email) =>
        [.. (await Http.GetFromJsonAsync<JsonObject>(new Uri("/sandbox/mailbox.json", UriKind.Relative)))!["mails"]!.AsArray().OfType<JsonObject>()
            .Where(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m["received_at"]!.GetValue<DateTimeOffset>())];

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
