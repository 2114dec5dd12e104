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
[Collection(TelemetryCollection.Name)]
public sealed class TracingTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly Replies _r = new();

    [Fact]
    public async Task ADeletionConfirmedOverHttp_IsOneTrace_FromTheConfirmingTurnThroughTheJobAndItsApiCallToTheProactiveNotice()
    {
        await using var traced = await TracedHost.StartAsync(redis);
        await DeleteBensAccountAsync(traced, "a:ben-traced");
        var spans = traced.Telemetry.Spans;
        var hash = BotTelemetry.HashConversation("msteams", "a:ben-traced");
        var notice = await Eventually.UntilAsync(() => Task.FromResult(JobSpansOf(spans.Snapshot(), hash, "job DeletionNotificationJob.SendAsync")), s => s.Count > 0, "the notice job's span");
        ExportedTelemetry.Flush(traced.Host.Services);

        // One run, or more when a slow machine made an API call time out and the job retried: all in the one trace.
        var deletions = JobSpansOf(spans.Snapshot(), hash, "job DeletionJob.RunAsync");
        Assert.NotEmpty(deletions);
        Assert.Single(deletions.Select(d => d.TraceId).Distinct());
        var trace = traced.Telemetry.Trace(deletions[0].TraceId);
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

        Assert.All(deletions, d => Assert.True(Descends(d, confirming, byId), "the deletion job's span descends from the confirming turn"));
        var deleteCall = Assert.Single(trace, s => s.Kind == ActivityKind.Client && Tag(s, "http.request.method") == "DELETE"
            && (Tag(s, "url.full") ?? "").Contains("/sandbox/api/v4/users/user_ben", StringComparison.Ordinal));
        var deletion = Assert.Single(deletions, d => Descends(deleteCall, d, byId));
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

    [Fact]
    public async Task TheMetrics_CountTurnsByChannelAndOutcome_TheFunnelSteps_TheDeletions_AndTheJobQueues()
    {
        await using var traced = await TracedHost.StartAsync(redis);
        await DeleteBensAccountAsync(traced, "a:ben-metrics");
        ExportedTelemetry.Flush(traced.Host.Services);
        var metrics = traced.Telemetry.Metrics.Snapshot();

        var turns = Points(metrics, BotMetrics.TurnDuration).Where(p => Tags(p)[BotTelemetry.ChannelAttribute] == "msteams" && Tags(p)[BotTelemetry.OutcomeAttribute] == TurnOutcomes.Ok).ToList();
        Assert.True(turns.Sum(p => p.GetHistogramCount()) >= 5, "four turns of ben's and the proactive one");
        Assert.Contains(Points(metrics, BotMetrics.TurnsActive), p => Tags(p)[BotTelemetry.ChannelAttribute] == "msteams");
        var steps = Points(metrics, BotMetrics.DialogStepsEntered).Where(p => Tags(p)[BotTelemetry.ChannelAttribute] == "msteams").Select(p => Tags(p)[BotTelemetry.DialogStepAttribute]).ToHashSet();
        Assert.True(steps.Count >= 3, "identity, invoices and confirmation steps: " + string.Join(", ", steps));
        Assert.True(Points(metrics, "khulnasoft.deletion.deleted").Sum(p => p.GetSumLong()) >= 1, "the deletion counter");
        Assert.Contains(Points(metrics, Khulnasoft.Bot.Telemetry.JobQueueMetrics.Jobs), p => Tags(p)[Khulnasoft.Bot.Telemetry.JobTelemetry.StateAttribute] == "scheduled");
        Assert.Contains(metrics, m => m.Name == Khulnasoft.Bot.Telemetry.JobQueueMetrics.QueueLength);
    }

    private static IEnumerable<OpenTelemetry.Metrics.MetricPoint> Points(IReadOnlyList<OpenTelemetry.Metrics.MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);

    private static Dictionary<string, string?> Tags(OpenTelemetry.Metrics.MetricPoint point)
    {
        var tags = new Dictionary<string, string?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return tags;
    }

    /// <summary>ben confirms the deletion of his account in Teams (conversation <paramref name="conversationId"/>) and is told, proactively, that it is deleted.</summary>
    private async Task DeleteBensAccountAsync(TracedHost traced, string conversationId)
    {
        var ben = traced.TeamsUser("ben", conversationId, _r);
        await ben.SendAsync("delete my account");
        ben.Next(_r.Card("ben@example.com", CardActions.IdentityConfirm), "the channel vouches for ben");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        ToTheInvoices(ben);
        await ben.ClickAsync(CardActions.InvoicesSkip);
        ben.Next(_r.Text("can't be retrieved once your account is deleted"), "skip warning");
        ben.Next(_r.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode"), "confirmation");
        await ben.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ben Baker's Account"), ("oneTimeCode", await traced.Host.ConfirmationCodeAsync("ben@example.com")));
        ben.Next(_r.Card(CardActions.DeletionUndo), "scheduled");
        await Eventually.UntilAsync(() => Task.FromResult(traced.Teams.TextsTo(conversationId)), t => t.Any(x => x.Contains("has been deleted", StringComparison.Ordinal)), "the proactive notice");
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
