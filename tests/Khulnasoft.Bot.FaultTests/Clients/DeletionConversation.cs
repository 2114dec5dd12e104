using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.Bot.FaultTests.Hosts;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// A seeded self-serve user (<c>faultNN@fault.example</c>, bound into the Direct Line token by the site) going through
/// the deletion conversation, each step on the host the scenario chooses. Each step checks that the bot answered
/// with exactly that step; <see cref="AssertEachStepAnsweredOnceAsync"/> checks the whole transcript afterwards.
/// </summary>
public sealed partial class DeletionConversation(DirectLineUserClient user, string email, AccountSandbox sandbox)
{
    /// <summary>How many bot activities answer each step (identity card; blast radius, checklist, done, invoices; …).</summary>
    public static readonly IReadOnlyDictionary<string, int> RepliesPerStep = new Dictionary<string, int>
    {
        ["ask"] = 1,
        ["identity"] = 4,
        ["invoices"] = 2,
        ["confirm"] = 1,
        ["undo"] = 1,
    };

    private readonly List<string> _steps = [];

    public DirectLineUserClient User => user;

    public string Email => email;

    /// <summary>The steps answered so far, in order (the expected transcript).</summary>
    public IReadOnlyList<string> Steps => _steps;

    public static async Task<DeletionConversation> StartAsync(HttpClient host, string email, AccountSandbox sandbox)
    {
        var user = await DirectLineUserClient.StartAsync(host, email);
        Cards.AssertSays(await user.ReadAsync(host), "Hi " + email);
        return new DeletionConversation(user, email, sandbox);
    }

    public async Task AskAsync(HttpClient host)
    {
        ExpectOk(await user.SendAsync(host, "delete my account"));
        Cards.AssertSays(await ReadAsync(host, "ask"), "You're signed in as " + email);
    }

    public async Task ConfirmIdentityAsync(HttpClient host)
    {
        ExpectOk(await user.SendAsync(host, "yes"));
        Cards.AssertSays(await ReadAsync(host, "identity"), "What deleting your account would remove", "1 of 1 required steps done", "Everything required is done", "Your invoices");
    }

    public async Task SkipInvoicesAsync(HttpClient host, IReadOnlyList<JsonObject> invoicesStep)
    {
        ExpectOk(await user.ClickAsync(host, Cards.DataOf(invoicesStep, "invoices.skip")));
        Cards.AssertSays(await ReadAsync(host, "invoices"), "Okay, no invoices", "Confirm the deletion");
    }

    /// <summary>Submits the confirmation card (shown by the last step) with the account's name and the step-up code
    /// mailed to the account; returns the scheduled case id.</summary>
    public async Task<string> ConfirmAsync(HttpClient host)
    {
        var confirm = Cards.DataOf(LastReplies, "deletion.confirm");
        confirm["scopePhrase"] = AccountSandbox.AccountNameOf(email);
        confirm["oneTimeCode"] = await sandbox.ConfirmationCodeAsync(email);
        ExpectOk(await user.ClickAsync(host, confirm));
        var replies = await ReadAsync(host, "confirm");
        Cards.AssertSays(replies, "Your deletion is scheduled (case del_");
        return CaseId().Match(Cards.Seen(replies[0])).Value;
    }

    public async Task UndoAsync(HttpClient host)
    {
        ExpectOk(await user.SendAsync(host, "undo"));
        Cards.AssertSays(await ReadAsync(host, "undo"), "is cancelled");
    }

    /// <summary>Drives the user from "delete my account" to a scheduled deletion, on the given hosts in turn; the case id.</summary>
    public async Task<string> ScheduleAsync(params HttpClient[] hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        await AskAsync(hosts[0 % hosts.Length]);
        await ConfirmIdentityAsync(hosts[1 % hosts.Length]);
        await SkipInvoicesAsync(hosts[2 % hosts.Length], LastReplies);
        return await ConfirmAsync(hosts[3 % hosts.Length]);
    }

    /// <summary>The bot activities of the last step.</summary>
    public IReadOnlyList<JsonObject> LastReplies { get; private set; } = [];

    /// <summary>
    /// The whole conversation, read from <paramref name="host"/>: every bot activity but the welcome and
    /// <paramref name="proactive"/> ones (without <c>replyToId</c>, each showing one of these texts, in order) answers a
    /// user message; each answered message got exactly the replies of its step, in step order; no step's answer is
    /// missing or there twice. Returns the number of user messages that got no answer at all (attempts cut off by a
    /// kill and sent again by the user).
    /// </summary>
    public async Task<int> AssertEachStepAnsweredOnceAsync(HttpClient host, params string[] proactive)
    {
        ArgumentNullException.ThrowIfNull(proactive);
        var transcript = await user.TranscriptAsync(host);
        var fromBot = transcript.Where(a => a["from"]?["role"]?.GetValue<string>() == "bot").Skip(1).ToList();
        var userMessages = transcript.Where(a => a["from"]?["role"]?.GetValue<string>() == "user").Select(a => a["id"]!.GetValue<string>()).ToList();
        var answers = fromBot.Where(a => a["replyToId"] is not null).GroupBy(a => a["replyToId"]!.GetValue<string>()).ToList();
        var unprompted = fromBot.Where(a => a["replyToId"] is null).ToList();

        Assert.Equal(_steps.Select(s => RepliesPerStep[s]), answers.Select(g => g.Count()));
        var answeredAt = answers.Select(g => userMessages.IndexOf(g.Key)).ToList();
        Assert.DoesNotContain(-1, answeredAt);
        Assert.Equal(answeredAt.Order(), answeredAt);
        Assert.Equal(proactive.Length, unprompted.Count);
        Assert.All(proactive.Zip(unprompted), p => Assert.Contains(p.First, Cards.Seen(p.Second), StringComparison.Ordinal));
        return userMessages.Count - answers.Count;
    }

    private async Task<IReadOnlyList<JsonObject>> ReadAsync(HttpClient host, string step)
    {
        LastReplies = await user.ReadAsync(host);
        Assert.True(LastReplies.Count == RepliesPerStep[step], $"step {step}: expected {RepliesPerStep[step]} replies, got: " + string.Join(" | ", LastReplies.Select(Cards.Seen)));
        _steps.Add(step);
        return LastReplies;
    }

    private static void ExpectOk(DirectLineUserClient.Posted posted) =>
        Assert.True(posted.Status == HttpStatusCode.OK, $"HTTP {(int)posted.Status}: {posted.Body}");

    [GeneratedRegex("del_[a-z0-9]{26}")]
    private static partial Regex CaseId();
}
