using System.Text.RegularExpressions;
using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Mail;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Tests.Sandbox;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>
/// The real sandbox on Kestrel (account API over HTTP, real SMTP into its mailbox) for a test class. Each test
/// builds its own identity services with <see cref="Services"/>: its own storage and clock, the sandbox's client
/// and mail sender. Codes are read from the mailbox, as a person reads their mail.
/// </summary>
public sealed partial class IdentitySandbox : IAsyncLifetime
{

    /// <summary>The hash key every test uses (base64 of 32 bytes).</summary>
    public static readonly string HashKey = Convert.ToBase64String("identity-tests-hash-key-32-bytes"u8.ToArray());

    private readonly List<CodeMailDispatcher> _dispatchers = [];
    private SandboxHost _host = null!;

    public KhulnasoftApiClient Api => _host.Client;

    public IMailSender Mail => _host.App.Services.GetRequiredService<IMailSender>();

    public SandboxMailbox Mailbox => _host.App.Services.GetRequiredService<SandboxMailbox>();

    public async Task InitializeAsync() => _host = await SandboxHost.StartAsync(pageSize: 50);

    public async Task DisposeAsync()
    {
        _dispatchers.ForEach(d => d.Dispose());
        await _host.DisposeAsync();
    }

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public IdentityServices Services(TimeProvider clock, IStorage? storage = null, OneTimeCodeOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new OneTimeCodeOptions { HashKey = HashKey });
        var hasher = new ChallengeHasher(wrapped);
        var store = new ChallengeStore(storage ?? new MemoryStorage(), wrapped, clock, NullLogger<ChallengeStore>.Instance);
        var outbox = new CodeMailOutbox(NullLogger<CodeMailOutbox>.Instance);
        _dispatchers.Add(new CodeMailDispatcher(outbox, Mail, _host.App.Services.GetRequiredService<IOptions<MailOptions>>(), TimeProvider.System, NullLogger<CodeMailDispatcher>.Instance));
        var codes = new OneTimeCodeService(Api, outbox, store, hasher, wrapped, NullLogger<OneTimeCodeService>.Instance);
        var resolver = new ChannelIdentityResolver(Api, NullLogger<ChannelIdentityResolver>.Instance);
        var stepUp = new StepUpVerifier(codes, NullLogger<StepUpVerifier>.Instance);
        var dialog = new IdentityDialog(resolver, codes, Api, wrapped, NullLogger<IdentityDialog>.Instance);
        return new IdentityServices(hasher, store, codes, resolver, stepUp, dialog);
    }

    /// <summary>
    /// The mails the sandbox received for <paramref name="address"/>, newest first, after the tests' code mails still
    /// queued have gone out over SMTP (what the hosted <see cref="CodeMailDispatcher"/> does in the app).
    /// </summary>
    public async Task<IReadOnlyList<SandboxMail>> MailsToAsync(string address)
    {
        foreach (var dispatcher in _dispatchers)
        {
            await dispatcher.SendQueuedAsync(CancellationToken.None);
        }

        return [.. Mailbox.List().Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];
    }

    /// <summary>The code in the newest mail to <paramref name="address"/>.</summary>
    public async Task<string> LatestCodeToAsync(string address)
    {
        var mails = await MailsToAsync(address);
        return mails.Count > 0 ? CodeIn(mails[0]) : throw new InvalidOperationException("No mail was sent to " + address + ".");
    }

    public static string CodeIn(SandboxMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var match = SixDigits().Match(mail.TextBody);
        return match.Success ? match.Value : throw new InvalidOperationException("The mail holds no 6-digit code.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
