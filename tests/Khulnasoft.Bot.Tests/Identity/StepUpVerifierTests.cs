using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Confirmation;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>The step-up check of the final confirmation, against the real sandbox (codes read from its mailbox).</summary>
public sealed class StepUpVerifierTests(IdentitySandbox sandbox) : IClassFixture<IdentitySandbox>
{
    private static readonly VerifiedIdentity BenByEmail = new("user_ben", "ben@example.com", "Ben Baker", IdentitySource.EmailCode);
    private static readonly VerifiedIdentity AdaInTeams = new("user_ada", "ada@example.com", "Ada Lovelace", IdentitySource.TeamsEntra);

    [Fact]
    public async Task EmailCodeIdentity_GetsAFreshCode_WhichConfirms()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        var before = (await sandbox.MailsToAsync(BenByEmail.Email)).Count;

        var challenge = await services.StepUp.BeginAsync(BenByEmail, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(BenByEmail.Email);
        var wrong = await services.StepUp.VerifyAsync(BenByEmail, code == "111111" ? "222222" : "111111", CancellationToken.None);
        var right = await services.StepUp.VerifyAsync(BenByEmail, code, CancellationToken.None);
        var reused = await services.StepUp.VerifyAsync(BenByEmail, code, CancellationToken.None);

        Assert.Equal(new StepUpChallenge(StepUpMethod.OneTimeCode), challenge);
        Assert.Equal(before + 1, (await sandbox.MailsToAsync(BenByEmail.Email)).Count);
        Assert.Contains("to confirm the deletion", (await sandbox.MailsToAsync(BenByEmail.Email))[0].TextBody, StringComparison.Ordinal);
        Assert.Equal(new StepUpResult(StepUpStatus.Wrong, 2), wrong);
        Assert.Equal(new StepUpResult(StepUpStatus.Ok), right);
        Assert.Equal(StepUpStatus.Expired, reused.Status);
    }

    [Fact]
    public async Task EmailCodeIdentity_TheIdentityStepsCode_DoesNotConfirm()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        await services.Codes.IssueAsync(BenByEmail.Email, OneTimeCodePurposes.Identity, CancellationToken.None);
        var identityCode = await sandbox.LatestCodeToAsync(BenByEmail.Email);
        await services.StepUp.BeginAsync(BenByEmail, CancellationToken.None);

        // (Two draws match once in a million runs; then this test fails rather than pass without checking.)
        var result = await services.StepUp.VerifyAsync(BenByEmail, identityCode, CancellationToken.None);

        Assert.Equal(new StepUpResult(StepUpStatus.Wrong, 2), result);
    }

    [Fact]
    public async Task ChannelVouchedIdentity_GetsACodeToTheAccountEmail_TypingTheEmailIsJustAWrongCode()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        var before = (await sandbox.MailsToAsync(AdaInTeams.Email)).Count;

        var challenge = await services.StepUp.BeginAsync(AdaInTeams, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(AdaInTeams.Email);
        var email = await services.StepUp.VerifyAsync(AdaInTeams, AdaInTeams.Email, CancellationToken.None);
        var right = await services.StepUp.VerifyAsync(AdaInTeams, code, CancellationToken.None);

        Assert.Equal(new StepUpChallenge(StepUpMethod.OneTimeCode), challenge);
        Assert.Equal(before + 1, (await sandbox.MailsToAsync(AdaInTeams.Email)).Count);
        Assert.Equal(new StepUpResult(StepUpStatus.Wrong, 2), email);
        Assert.Equal(new StepUpResult(StepUpStatus.Ok), right);
    }

    [Theory]
    [InlineData(IdentitySource.EmailCode)]
    [InlineData(IdentitySource.TeamsEntra)]
    public async Task VerifyAsync_WithoutBegin_IsExpired(IdentitySource source)
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());

        var result = await services.StepUp.VerifyAsync(BenByEmail with { Source = source }, "123456", CancellationToken.None);

        Assert.Equal(new StepUpResult(StepUpStatus.Expired), result);
    }

    [Fact]
    public async Task EmailCodeIdentity_TheFourthStepUpCodeInAnHour_IsRefused()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        for (var i = 0; i < 3; i++)
        {
            await services.StepUp.BeginAsync(BenByEmail, CancellationToken.None);
        }

        var fourth = await services.StepUp.BeginAsync(BenByEmail, CancellationToken.None);

        Assert.Equal(new StepUpChallenge(StepUpMethod.OneTimeCode, TimeSpan.FromHours(1)), fourth);
        Assert.True(fourth.IsRateLimited);
    }
}
