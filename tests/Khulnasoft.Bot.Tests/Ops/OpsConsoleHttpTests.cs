using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Tests.Channels;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Ops;

/// <summary>
/// The console's forms over HTTP against the running host (Development: a loopback request is the operator
/// "local"): refused input changes nothing (unknown case 404, no anti-forgery token 400, another site 403, an
/// action that does not apply), and a failed case retried by an operator tells the user in the original conversation.
/// An operator whose browser asks for German reads states, audit actions and action results in German; the codes stay.
/// </summary>
public sealed partial class OpsConsoleHttpTests : IAsyncLifetime
{
    private readonly BotTestHost _host = new BotTestHost().WithSandbox();
    private FakeChannel _teams = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _teams = await FakeChannel.StartAsync();
        _host.Settings["Jobs:SchedulePollingInterval"] = "00:00:01";
        _host.Start();
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task RefusedRequests_ChangeNothing_AndARetriedFailedCase_TellsTheUserInTheirConversation()
    {
        var store = _host.Services.GetRequiredService<DeletionCaseStore>();
        var ben = await FailedCaseAsync(store);
        var before = (await store.GetAuditAsync(ben.CaseId, CancellationToken.None)).Count;

        Assert.Equal(HttpStatusCode.NotFound, (await _host.Http.GetAsync("/ops/cases/del_aaaaaaaaaaaaaaaaaaaaaaaaaa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Http.GetAsync("/ops/cases/not-a-case-id")).StatusCode);

        var token = await TokenAsync(ben.CaseId);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync("/ops/cases/del_aaaaaaaaaaaaaaaaaaaaaaaaaa/retry", token)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/ops/cases/{ben.CaseId}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync($"/ops/cases/{ben.CaseId}/retry", "forged-token")).StatusCode);
        using (var crossSite = new HttpRequestMessage(HttpMethod.Post, $"/ops/cases/{ben.CaseId}/retry") { Content = Form(token) })
        {
            crossSite.Headers.Add("Origin", "https://evil.example");
            Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(crossSite)).StatusCode);
        }

        var refusedCancel = await PostAsync($"/ops/cases/{ben.CaseId}/cancel", token, ("reason", "asked by phone"));
        Assert.Contains("ok=false", refusedCancel.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var refusedExtension = await PostAsync($"/ops/cases/{ben.CaseId}/extend", token, ("until", "2099-01-01"), ("reason", "too far"));
        Assert.Contains("at%20most%20two%20further%20months", refusedExtension.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var unchanged = await store.GetAsync(ben.CaseId, CancellationToken.None);
        Assert.Equal(DeletionCaseState.Failed, unchanged!.State);
        Assert.Null(unchanged.ExtendedDueAt);
        Assert.Equal(before, (await store.GetAuditAsync(ben.CaseId, CancellationToken.None)).Count);

        var retried = await PostAsync($"/ops/cases/{ben.CaseId}/retry", token);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Contains("ok=true", retried.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await Eventually.UntilAsync(() => store.GetAsync(ben.CaseId, CancellationToken.None), c => c!.DeletedAt is not null, "the retried case to be deleted");
        var told = await Eventually.UntilAsync(() => Task.FromResult(_teams.TextsTo("a:ben-retry")), t => t.Count > 0, "ben to be told");
        Assert.Contains(told, t => t.Contains("Our support team has resolved the problem", StringComparison.Ordinal) && t.Contains("has been deleted", StringComparison.Ordinal));
        Assert.Contains(await store.GetAuditAsync(ben.CaseId, CancellationToken.None), e => e.Action == "case.retried" && e.Actor == DeletionActors.Operator("local"));
    }

    [Fact]
    public async Task AGermanOperator_ReadsStates_AuditActions_AndWhatAnActionCameTo_InGerman()
    {
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");
        var ben = await FailedCaseAsync(_host.Services.GetRequiredService<DeletionCaseStore>());

        var list = await _client.GetStringAsync("/ops/cases?q=" + ben.CaseId);
        Assert.Contains("<td>Fehlgeschlagen</td>", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PurgeScheduled\">Bereinigung geplant</option>", list, StringComparison.Ordinal); // the filter keeps the code as its value
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync("/ops/cases/" + ben.CaseId));
        Assert.Contains("<dt>Status</dt><dd>Fehlgeschlagen</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Geplant</td><td>Fehlgeschlagen</td>", page, StringComparison.Ordinal); // the timeline's from and to
        Assert.Contains("<td>Löschung beantragt <code>case.requested</code></td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Failed<", page, StringComparison.Ordinal);

        var token = await TokenAsync(ben.CaseId);
        var latest = ResponseDeadlines.Latest(ben).UtcDateTime.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var tooFar = await PostAsync($"/ops/cases/{ben.CaseId}/extend", token, ("until", "2099-01-01"), ("reason", "zu weit"));
        Assert.Equal($"Nicht verlängert: Das Gesetz erlaubt höchstens zwei weitere Monate (bis {latest}).", MessageOf(tooFar));
        var shown = WebUtility.HtmlDecode(await _client.GetStringAsync(tooFar.Headers.Location));
        Assert.Contains($"<p role=\"status\" class=\"message refused\">Nicht verlängert: Das Gesetz erlaubt höchstens zwei weitere Monate (bis {latest}).</p>", shown, StringComparison.Ordinal);
        Assert.Equal("Ein Grund ist nötig (er wird dem Benutzer mitgeteilt).", MessageOf(await PostAsync($"/ops/cases/{ben.CaseId}/cancel", token, ("reason", " "))));
        Assert.Equal("Nicht fortgesetzt: Der Vorgang ist „Fehlgeschlagen“, nicht blockiert.", MessageOf(await PostAsync($"/ops/cases/{ben.CaseId}/resume", token)));
    }

    /// <summary>The result message the action's redirect carries to the case page.</summary>
    private static string MessageOf(HttpResponseMessage redirect) =>
        Uri.UnescapeDataString(MessageParameter().Match(redirect.Headers.Location!.OriginalString).Groups[1].Value);

    /// <summary>ben's deletion gave up after its retries (as the job records it); his Teams chat is the conversation to tell.</summary>
    private async Task<DeletionCase> FailedCaseAsync(DeletionCaseStore store)
    {
        var now = DateTimeOffset.UtcNow;
        var failed = new DeletionCase
        {
            CaseId = DeletionCaseIds.New(), UserId = "user_ben", AccountIds = ["acct_ben"], CreatedAt = now,
            Conversation = DemoChats.Teams("ben", "a:ben-retry", _teams.ServiceUrl),
        };
        failed.TransitionTo(DeletionCaseState.Scheduled, now, DeletionActors.User("user_ben"));
        failed.TransitionTo(DeletionCaseState.Failed, now, DeletionActors.DeletionJob, "gave up after 5 attempts");
        return await store.CreateUnlessAsync(failed, DeletionActors.DeletionJob, new CaseChange("case.requested"), _ => false, CancellationToken.None);
    }

    /// <summary>The anti-forgery token of the case page's forms (the cookie stays with the client).</summary>
    private async Task<string> TokenAsync(string caseId)
    {
        var page = await _client.GetStringAsync("/ops/cases/" + caseId);
        return TokenField().Match(page).Groups[1].Value;
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Key, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Form(token, fields) };
        return await _client.SendAsync(request);
    }

    private static FormUrlEncodedContent Form(string? token, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)),
            .. token is null ? [] : new[] { new KeyValuePair<string, string>("__RequestVerificationToken", token) }]);

    [GeneratedRegex("[?&]message=([^&]*)")]
    private static partial Regex MessageParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
