using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Sandbox.Mailbox;
using Khulnasoft.Bot.Tests.Hosting;
using Khulnasoft.Bot.Tests.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary><c>AddIdentity()</c> in the real host, and the start-up validation of <see cref="OneTimeCodeOptions"/>.</summary>
public sealed class IdentityRegistrationTests
{
    [Fact]
    public async Task Host_ResolvesTheDialogAndTheStepUpVerifier_AndTheDialogFitsADialogSet()
    {
        await using var host = new BotTestHost();
        using var client = host.CreateClient();
        using var scope = host.Services.CreateScope();

        var dialog = scope.ServiceProvider.GetRequiredService<IdentityDialog>();
        var stepUp = scope.ServiceProvider.GetRequiredService<StepUpVerifier>();
        var set = new DialogSet().Add(dialog);

        Assert.Equal(IdentityDialog.Id, ((Dialog)dialog).Id);
        Assert.Same(dialog, set.Find(IdentityDialog.Id));
        Assert.NotNull(stepUp);
        Assert.Equal(TimeSpan.FromMinutes(10), scope.ServiceProvider.GetRequiredService<IOptions<OneTimeCodeOptions>>().Value.Lifetime);
    }

    [Fact]
    public async Task Host_MailsAnIssuedCode_ThroughItsHostedDispatcher()
    {
        await using var host = new BotTestHost();
        using var client = host.CreateClient();
        var mailbox = host.Services.GetRequiredService<SandboxMailbox>();
        var before = mailbox.List().Count(m => m.To.Contains("grace@ssocorp.example"));
        using var scope = host.Services.CreateScope();

        var issued = await scope.ServiceProvider.GetRequiredService<OneTimeCodeService>().IssueAsync("grace@ssocorp.example", OneTimeCodePurposes.Identity, CancellationToken.None);
        var mails = await Eventually.UntilAsync(
            () => Task.FromResult(mailbox.List().Where(m => m.To.Contains("grace@ssocorp.example")).ToList()),
            list => list.Count > before,
            "the code mail in the sandbox mailbox");

        Assert.Equal(CodeIssueStatus.Sent, issued.Status);
        Assert.Equal(OneTimeCodeMail.Subject, mails[0].Subject);
        Assert.Matches(@"\b\d{6}\b", mails[0].TextBody);
    }

    [Fact]
    public void Host_WithInvalidOneTimeCodeSettings_RefusesToStart()
    {
        using var host = new BotTestHost();
        host.Settings["OneTimeCodes:MaxAttempts"] = "0";
        host.Settings["OneTimeCodes:HashKey"] = "not base64!";

        var ex = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("OneTimeCodes:MaxAttempts must be between 1 and 10.", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("OneTimeCodes:HashKey must be base64 of at least 32 bytes", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", "", true)]
    [InlineData("Production", "", false)]
    [InlineData("Staging", "", false)]
    [InlineData("Production", "c2hvcnQ=", false)]
    [InlineData("Production", "aWRlbnRpdHktdGVzdHMtaGFzaC1rZXktMzItYnl0ZXM=", true)]
    public void Validate_HashKey_RequiredOutsideDevelopment_AtLeast32Bytes(string environment, string hashKey, bool valid)
    {
        var validator = new OneTimeCodeOptionsValidator(new Environment(environment));

        var result = validator.Validate(null, new OneTimeCodeOptions { HashKey = hashKey });

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData("00:00:59", 3, 3)]
    [InlineData("01:00:01", 3, 3)]
    [InlineData("00:10:00", 0, 3)]
    [InlineData("00:10:00", 11, 3)]
    [InlineData("00:10:00", 3, 0)]
    [InlineData("00:10:00", 3, 21)]
    public void Validate_OutOfRangeValues_Fail(string lifetime, int maxAttempts, int maxCodesPerHour)
    {
        var validator = new OneTimeCodeOptionsValidator(new Environment("Development"));

        var result = validator.Validate(null, new OneTimeCodeOptions
        {
            Lifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture),
            MaxAttempts = maxAttempts,
            MaxCodesPerHour = maxCodesPerHour,
        });

        Assert.True(result.Failed);
    }

    [Theory]
    [InlineData(10, "10 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(60, "1 hour")]
    [InlineData(120, "2 hours")]
    [InlineData(55.2, "56 minutes")]
    [InlineData(0.1, "1 minute")]
    public void Duration_IsWrittenInWholeMinutesOrHours(double minutes, string expected) =>
        Assert.Equal(expected, IdentityTexts.Duration(TimeSpan.FromMinutes(minutes)));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Khulnasoft.Bot";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
