using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Khulnasoft.Bot.Deletion;
using Khulnasoft.Bot.Ops;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The operator console in Chromium, against the real host in Staging (so the loopback exception of Development does
/// not apply: the operator signs in with the Basic credentials), the embedded sandbox and Hangfire in memory. ada's
/// case is blocked by the deletion job itself (her prerequisites are not done); ben's failed (written as the job
/// writes a failure). Every console page passes axe with no serious or critical violation.
/// </summary>
public sealed class OpsConsoleTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string Password = "correct-horse-battery-staple";

    private BotServer _server = null!;

    public Task InitializeAsync()
    {
        _server = BotServer.In("Staging", new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:AllowOutsideDevelopment"] = "true",
            ["Jobs:Dashboard:Username"] = "olivia",
            ["Jobs:Dashboard:Password"] = Password,
            ["Jobs:SchedulePollingInterval"] = "00:00:01",
            ["Deletion:GracePeriod"] = "00:00:01",
            ["OneTimeCodes:HashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Deletion:EmailHashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Receipts:SigningKey"] = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
            ["Invoices:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["DirectLine:Secret"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Operator_SignsIn_Searches_ExtendsResumesAndRetries_AndDownloadsTheRegister()
    {
        var store = _server.Services.GetRequiredService<DeletionCaseStore>();
        var scheduler = _server.Services.GetRequiredService<DeletionScheduler>();
        var ada = await scheduler.RequestAsync(new DeletionRequest("user_ada", ["acct_ada_labs"], null, "ada@example.com", DeletionActors.User("user_ada")), CancellationToken.None);
        await UntilAsync(store, ada.CaseId, c => c.State == DeletionCaseState.Blocked, "ada's case to be blocked by the job");
        var ben = await FailedCaseAsync(store, "user_ben", "acct_ben", "ben@example.com");

        await using (var anonymous = await browser.Instance.NewContextAsync())
        {
            // Without credentials: 401 with the Basic challenge (Chromium would show its sign-in prompt).
            var refused = await anonymous.APIRequest.GetAsync(_server.BaseUrl + "/ops/cases");
            Assert.Equal(401, refused.Status);
            Assert.StartsWith("Basic", refused.Headers["www-authenticate"], StringComparison.Ordinal);
        }

        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = "olivia", Password = Password },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();

        // The case list: the failed case on top.
        await page.GotoAsync(_server.BaseUrl + "/ops/cases");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cases", Exact = true })).ToBeVisibleAsync();
        var firstRow = page.Locator("tbody tr").First;
        await Assertions.Expect(firstRow).ToContainTextAsync(ben.CaseId);
        await Assertions.Expect(firstRow).ToContainTextAsync("Failed");
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-cases");

        // Search by email (its keyed hash), then open the case.
        await page.GetByLabel("Case id, user id or email").FillAsync("ADA@example.com ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = ada.CaseId }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case " + ada.CaseId })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#verification")).ToContainTextAsync("Verified");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Turn off auto-renew for");
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-case-blocked");

        // An extension by the most the law allows, with a reason; the user is told (by mail: the case has no conversation).
        var latest = await page.GetByLabel("New due date", new() { Exact = false }).GetAttributeAsync("max");
        await page.GetByLabel("New due date", new() { Exact = false }).FillAsync(latest!);
        await page.GetByLabel("Reason (the user is told it, GDPR Art. 12(3))").FillAsync("Several accounts and a registrar transfer to check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extend the deadline" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Extended to");
        var extended = await store.GetAsync(ada.CaseId, CancellationToken.None);
        Assert.Equal(latest, extended!.ExtendedDueAt!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Contains(await store.GetAuditAsync(ada.CaseId, CancellationToken.None), e => e.Action == "deadline.extended" && e.Actor == "operator:olivia");
        await UntilMailAsync("ada@example.com", "We need more time to answer your deletion request");

        // Resume while something still blocks it: refused, nothing changed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("still block it");
        Assert.Equal(DeletionCaseState.Blocked, (await store.GetAsync(ada.CaseId, CancellationToken.None))!.State);

        // The register, and its CSV parsed with CsvHelper: ada's extended request with its reason.
        await page.GetByRole(AriaRole.Link, new() { Name = "Register of open requests" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register of open requests" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-register");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        using (var reader = new StreamReader(await download.PathAsync()))
        using (var csv = new CsvReader(reader, CultureInfo.InvariantCulture))
        {
            var rows = new List<RegisterRow>();
            await foreach (var row in csv.GetRecordsAsync<RegisterRow>())
            {
                rows.Add(row);
            }

            var adaRow = Assert.Single(rows, r => r.CaseId == ada.CaseId);
            Assert.Equal(latest, adaRow.DueBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal("Several accounts and a registrar transfer to check", adaRow.ExtensionReason);
            Assert.Contains(rows, r => r.CaseId == ben.CaseId && r.State == "Failed");
        }

        // ada does her part on the sandbox dashboard; the operator resumes: the prerequisites are read again and the case runs.
        using (var dashboard = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) })
        {
            foreach (var step in AdasSteps)
            {
                (await dashboard.PostAsync("/sandbox/dash/" + step, null)).EnsureSuccessStatusCode();
            }
        }

        await page.GotoAsync(_server.BaseUrl + "/ops/cases/" + ada.CaseId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Resumed");
        await UntilAsync(store, ada.CaseId, c => c.DeletedAt is not null, "ada's resumed case to be deleted");
        Assert.Contains(await store.GetAuditAsync(ada.CaseId, CancellationToken.None), e => e.Action == "case.resumed" && e.Actor == "operator:olivia");

        // The failed case, retried: it runs again and ben is deleted.
        await page.GotoAsync(_server.BaseUrl + "/ops/cases/" + ben.CaseId);
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-case-failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Retried");
        await UntilAsync(store, ben.CaseId, c => c.DeletedAt is not null, "ben's retried case to be deleted");

        await page.GotoAsync(_server.BaseUrl + "/ops/holds");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Legal holds" })).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-holds");
        await page.GotoAsync(_server.BaseUrl + "/ops/funnel");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = "resumed" })).ToContainTextAsync("1");
        await Axe.AssertNoSeriousViolationsAsync(page, "ops-funnel");
    }

    /// <summary>What ada does on the sandbox dashboard before her account can be deleted.</summary>
    private static readonly string[] AdasSteps =
    [
        "accounts/acct_ada_labs/subscriptions/sub_ada_dev_pro/cancel",
        "accounts/acct_ada_labs/subscriptions/sub_ada_dev_argo/cancel",
        "zones/zone_ada_dev/nameservers-changed",
        "accounts/acct_ada_labs/registrar/ada.dev/auto-renew/disable",
        "zones/zone_adashop_com/dns-records-moved",
        "zones/zone_ada_dev/remove",
        "zones/zone_adashop_com/remove",
        "accounts/acct_ada_labs/billing/payment-method/delete",
    ];

    /// <summary>A case whose deletion gave up after its retries (as the job records it), without a job.</summary>
    private static async Task<DeletionCase> FailedCaseAsync(DeletionCaseStore store, string userId, string accountId, string email)
    {
        var now = DateTimeOffset.UtcNow;
        var failed = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = userId, AccountIds = [accountId], CreatedAt = now, NotificationEmail = email };
        failed.TransitionTo(DeletionCaseState.Scheduled, now, DeletionActors.User(userId));
        failed.TransitionTo(DeletionCaseState.Failed, now, DeletionActors.DeletionJob, "account API unavailable");
        return await store.CreateUnlessAsync(failed, DeletionActors.DeletionJob, new CaseChange("case.requested"), _ => false, CancellationToken.None);
    }

    private static async Task<DeletionCase> UntilAsync(DeletionCaseStore store, string caseId, Func<DeletionCase, bool> done, string what)
    {
        for (var i = 0; i < 600; i++)
        {
            if (await store.GetAsync(caseId, CancellationToken.None) is { } c && done(c))
            {
                return c;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Timed out waiting for " + what);
    }

    private async Task UntilMailAsync(string to, string subject)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
        for (var i = 0; i < 300; i++)
        {
            var mails = (await http.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json"))!["mails"]!.AsArray().OfType<JsonObject>();
            if (mails.Any(m => m["subject"]!.GetValue<string>() == subject && m["to"]!.AsArray().Any(t => t!.GetValue<string>() == to)))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail '{subject}' to {to}");
    }
}
