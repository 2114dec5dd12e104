using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Faults;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.FaultTests.Hosts;

/// <summary>
/// The account API every bot host talks to: the product's own sandbox (API, dashboard, SMTP server and mailbox) in a
/// process of its own that is never killed, so its data outlives the hosts' restarts, with a proxy in front that
/// counts each call (e.g. <c>DELETE /users/{id}</c> must happen once) and can hold one open. Its seed adds
/// self-serve users <c>faultNN@fault.example</c> (one account each, every prerequisite done, one invoice).
/// </summary>
public sealed class AccountSandbox : IAsyncDisposable
{
    public const int SeededUsers = 60;

    private readonly string _seedFile;
    private int _nextUser;

    private AccountSandbox(BotProcess process, LoopbackProxy api, int smtpPort, string seedFile)
    {
        Process = process;
        Api = api;
        SmtpPort = smtpPort;
        _seedFile = seedFile;
    }

    public BotProcess Process { get; }

    /// <summary>The proxy in front of the sandbox: every account API call of every host goes through it.</summary>
    public LoopbackProxy Api { get; }

    /// <summary>The account API base URL the hosts are configured with.</summary>
    public string ApiBaseUrl => Api.BaseUrl + "/sandbox/api/v4";

    public int SmtpPort { get; }

    public static async Task<AccountSandbox> StartAsync()
    {
        var seedFile = Path.Combine(Path.GetTempPath(), $"fault-seed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seedFile, Seed().ToJsonString());
        var smtpPort = FreePort.Next();
        var process = new BotProcess("sandbox", "Development", new Dictionary<string, string?>
        {
            ["Sandbox:Enabled"] = "true",
            ["Sandbox:SeedFile"] = seedFile,
            ["Sandbox:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Jobs:ServerEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await process.StartAsync();
        var api = await LoopbackProxy.StartAsync(new Dictionary<string, string> { ["sandbox"] = process.BaseUrl });
        return new AccountSandbox(process, api, smtpPort, seedFile);
    }

    /// <summary>A seeded self-serve user no other test has used: (email, user id).</summary>
    public (string Email, string UserId) NextUser()
    {
        var n = Interlocked.Increment(ref _nextUser);
        if (n > SeededUsers)
        {
            throw new InvalidOperationException($"Only {SeededUsers} fault users are seeded.");
        }

        var id = "fault" + n.ToString("D2", CultureInfo.InvariantCulture);
        return ($"{id}@fault.example", "user_" + id);
    }

    /// <summary>The name of the one account a seeded user owns (what the confirmation asks them to type).</summary>
    public static string AccountNameOf(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return "Fault Account " + int.Parse(email["fault".Length..email.IndexOf('@', StringComparison.Ordinal)], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The code of the newest final-confirmation (step-up) mail to <paramref name="email"/>, waiting for it.</summary>
    public Task<string> ConfirmationCodeAsync(string email) => ConfirmationCodes.NewestAsync(Process.Http, email);

    /// <summary>Calls of one kind the hosts made to the account API (any answer), e.g. <c>("DELETE", "/users/user_fault01")</c>.</summary>
    public int Calls(string method, string pathPart) => Api.Count(method, pathPart);

    /// <summary>How many mails the sandbox mailbox holds for <paramref name="email"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public async Task<int> MailsToAsync(string email, string subjectPart)
    {
        var mails = (await Process.Http.GetFromJsonAsync<JsonObject>("/sandbox/mailbox.json"))!["mails"]!.AsArray().OfType<JsonObject>();
        return mails.Count(m => m["to"]!.AsArray().Any(t => string.Equals(t!.GetValue<string>(), email, StringComparison.OrdinalIgnoreCase))
            && (m["subject"]?.GetValue<string>() ?? "").Contains(subjectPart, StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Process.DisposeAsync();
        File.Delete(_seedFile);
    }

    private static JsonObject Seed()
    {
        var seed = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("bot", "Khulnasoft.Sandbox", "seed.json")))!.AsObject();
        for (var n = 1; n <= SeededUsers; n++)
        {
            var id = "fault" + n.ToString("D2", CultureInfo.InvariantCulture);
            seed["users"]!.AsArray().Add(new JsonObject { ["id"] = "user_" + id, ["email"] = id + "@fault.example", ["name"] = "Fault User " + n.ToString(CultureInfo.InvariantCulture) });
            seed["accounts"]!.AsArray().Add(new JsonObject
            {
                ["id"] = "acct_" + id,
                ["name"] = "Fault Account " + n.ToString(CultureInfo.InvariantCulture),
                ["type"] = "standard",
                ["created_on"] = "2024-01-15T12:00:00Z",
                ["members"] = new JsonArray(new JsonObject { ["id"] = "mem_" + id, ["user_id"] = "user_" + id, ["roles"] = new JsonArray("Super Administrator"), ["is_primary_owner"] = true }),
                ["balance"] = 0,
                ["currency"] = "USD",
                ["invoices"] = new JsonArray(new JsonObject { ["id"] = "inv_" + id, ["number"] = "KS-F-" + id, ["date"] = "2025-12-07", ["amount"] = 20.0, ["currency"] = "USD", ["status"] = "paid" }),
            });
        }

        return seed;
    }
}
