using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary>
/// A notices test against the running host (<see cref="TeamsChannelConversation"/>): scheduled jobs polled every
/// second, the mails read from the embedded sandbox's mailbox over HTTP.
/// </summary>
public abstract partial class NoticeConversation : TeamsChannelConversation
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
    }

    protected DeletionScheduler Scheduler => Host.Services.GetRequiredService<DeletionScheduler>();

    /// <summary>The one mail to <paramref name="to"/> with <paramref name="subject"/>, once it has arrived.</summary>
    protected async Task<JsonObject> MailAsync(string to, string subject) =>
        (await Eventually.UntilAsync(
            () => Host.MailsToAsync(to),
            mails => mails.Any(m => m["subject"]!.GetValue<string>() == subject),
            $"\"{subject}\" to {to}",
            describe: mails => Task.FromResult($"{mails.Count} mails to {to} ({string.Join("; ", mails.Select(m => m["subject"]!.GetValue<string>()))}); the host's warnings and errors: {Host.Problems.Describe()}")))
            .Single(m => m["subject"]!.GetValue<string>() == subject);

    [GeneratedRegex(@"https?://\S+/deletion/undo/\S+")]
    protected static partial Regex UndoUrl();
}
