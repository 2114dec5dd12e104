using System.Diagnostics;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Khulnasoft.Bot.Tests.Jobs;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Telemetry;

/// <summary>
/// OpenTelemetry end to end: the spans, log records and metrics the real host exports while people talk to it over
/// HTTP (Teams with real channel tokens, Web Chat through the built-in Direct Line) and Hangfire runs their deletion
/// on Redis.
/// </summary>
public sealed class TracingTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly Replies _r = new();

    [Fact]
    public async Task ADeletionConfirmedOverHttp_IsOneTrace_FromTheConfirmingTurnThroughTheJobAndItsApiCallToTheProactiveNotice()
    {
        await using var traced = await TracedHost.StartAsync(redis);
        var ben = traced.TeamsUser("ben", "a:ben-traced", _r);

        await ben.SendAsync("delete my account");
        ben.Next(_r.Card("ben@example.com", CardActions.IdentityConfirm), "the channel vouches for ben");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        ToTheInvoices(ben);
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(_r.Text("can't be retrieved once your account is deleted"), "skip warning");
        ben.Next(_r.Card(CardActions.DeletionConfirm, "accountEmail"), "confirmation");
        await ben.ClickAsync(CardActions.DeletionConfirm, ("accountEmail", "ben@example.com"));
        ben.Next(_r.Card(CardActions.DeletionUndo), "scheduled");
        await Eventually.UntilAsync(() => Task.FromResult(traced.Teams.TextsTo("a:ben-traced")), t => t.Any(x => x.Contains("has been deleted", StringComparison.Ordinal)), "the proactive notice");
        var spans = traced.Telemetry.Spans;
        var hash = BotTelemetry.HashConversation("msteams", "a:ben-traced");
        var notice = await Eventually.UntilAsync(() => Task.FromResult(JobSpansOf(spans.Snapshot(), hash, "job DeletionNotificationJob.SendAsync")), s => s.Count > 0, "the notice job's span");
        ExportedTelemetry.Flush(traced.Host.Services);

        var deletion = Assert.Single(JobSpansOf(spans.Snapshot(), hash, "job DeletionJob.RunAsync"));
        var trace = traced.Telemetry.Trace(deletion.TraceId);
        var byId = trace.ToDictionary(s => s.SpanId);
        var confirming = Assert.Single(trace, s => s.OperationName == BotTelemetry.TurnSpan && Tag(s, BotTelemetry.ConversationHashAttribute) == hash && Tag(s, BotTelemetry.ProactiveAttribute) == "False");
        Assert.Equal("msteams", Tag(confirming, BotTelemetry.ChannelAttribute));
        Assert.Equal("message", Tag(confirming, BotTelemetry.ActivityTypeAttribute));
        Assert.Equal(TurnOutcomes.Ok, Tag(confirming, BotTelemetry.OutcomeAttribute));
        var request = byId[confirming.ParentSpanId];
        Assert.Equal(ActivityKind.Server, request.Kind);
        Assert.Equal("/api/messages", Tag(request, "url.path"));
        var enter = Assert.Single(trace, s => s.OperationName == BotTelemetry.TurnGateEnterSpan && s.ParentSpanId == confirming.SpanId);
        Assert.Contains(trace, s => Tag(s, "db.system") == "redis" && s.ParentSpanId == enter.SpanId);
        Assert.Contains(trace, s => s.OperationName == BotTelemetry.TurnGateCompleteSpan && s.ParentSpanId == confirming.SpanId);

        Assert.True(Descends(deletion, confirming, byId), "the deletion job's span descends from the confirming turn");
        var deleteCall = Assert.Single(trace, s => s.Kind == ActivityKind.Client && Tag(s, "http.request.method") == "DELETE"
            && (Tag(s, "url.full") ?? "").Contains("/sandbox/api/v4/users/user_ben", StringComparison.Ordinal));
        Assert.True(Descends(deleteCall, deletion, byId), "the account API's DELETE is a call of the deletion job");
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && s.ParentSpanId == deleteCall.SpanId);

        var noticeJob = Assert.Single(notice);
        Assert.Equal(deletion.TraceId, noticeJob.TraceId);
        Assert.True(Descends(noticeJob, deletion, byId), "the deletion job scheduled the notice job");
        var proactive = Assert.Single(trace, s => s.OperationName == BotTelemetry.TurnSpan && Tag(s, BotTelemetry.ProactiveAttribute) == "True");
        Assert.Equal(noticeJob.SpanId, proactive.ParentSpanId);
        Assert.Equal(hash, Tag(proactive, BotTelemetry.ConversationHashAttribute));
        var send = Assert.Single(trace, s => s.OperationName == BotTelemetry.ConnectorSpan && s.ParentSpanId == proactive.SpanId);
        Assert.Equal("SendToConversation", Tag(send, BotTelemetry.ConnectorOperationAttribute));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Client && s.ParentSpanId == send.SpanId
            && (Tag(s, "url.full") ?? "").StartsWith(traced.Teams.ServiceUrl, StringComparison.Ordinal));
        Assert.All(new[] { confirming, deletion, deleteCall, noticeJob, proactive, send }, s => Assert.Equal(request.TraceId, s.TraceId));

        var deleted = traced.Telemetry.Logs.Snapshot().Single(l => l.CategoryName == typeof(DeletionJob).FullName && l.EventId.Id == 3014);
        Assert.Equal(deletion.TraceId, deleted.TraceId);
    }

    /// <summary>ben, once verified, has nothing to do: blast radius, a complete checklist, straight on to his invoice.</summary>
    private void ToTheInvoices(ConversationUser ben)
    {
        ben.Next(_r.Card("What deleting your account would remove", "Ben Baker", "ben@example.com"), "blast radius");
        ben.Next(_r.Card("1 of 1 required steps done"), "nothing to do");
        ben.Next(_r.Text("Everything required is done"), "fast path");
        ben.Next(_r.Card("KS-2025-1207", CardActions.InvoicesSend, CardActions.InvoicesSkip), "invoices");
    }

    /// <summary>Spans named <paramref name="name"/> in traces that hold a turn of the conversation hashed <paramref name="hash"/>.</summary>
    private static List<Activity> JobSpansOf(IReadOnlyList<Activity> spans, string hash, string name)
    {
        var traces = spans.Where(s => s.OperationName == BotTelemetry.TurnSpan && Tag(s, BotTelemetry.ConversationHashAttribute) == hash && Tag(s, BotTelemetry.ProactiveAttribute) == "False")
            .Select(s => s.TraceId).ToHashSet();
        return [.. spans.Where(s => s.DisplayName == name && traces.Contains(s.TraceId))];
    }

    private static bool Descends(Activity span, Activity ancestor, Dictionary<ActivitySpanId, Activity> byId)
    {
        for (var current = span; byId.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Tag(Activity span, string name) =>
        Convert.ToString(span.GetTagItem(name), System.Globalization.CultureInfo.InvariantCulture);
}
