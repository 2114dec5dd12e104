using System.Text.Json;
using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>One-time codes against the real sandbox: the account API over HTTP, the mail over SMTP into its mailbox.</summary>
public sealed class OneTimeCodeServiceTests(IdentitySandbox sandbox) : IClassFixture<IdentitySandbox>
{
    private const string Ada = "ada@example.com";
    private const string Stranger = "nobody-here@example.com";
    private const string Purpose = OneTimeCodePurposes.Identity;

    [Fact]
    public async Task IssueAsync_KnownAddress_MailsASixDigitCodeThatVerifiesOnce()
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        var before = (await sandbox.MailsToAsync(Ada)).Count;

        var issued = await services.Codes.IssueAsync(" ADA@example.com ", Purpose, CancellationToken.None);
        var mail = (await sandbox.MailsToAsync(Ada))[0];
        var code = IdentitySandbox.CodeIn(mail);
        var first = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);
        var second = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);

        Assert.Equal(CodeIssueResult.Sent(clock.GetUtcNow().AddMinutes(10)), issued);
        Assert.Equal(before + 1, (await sandbox.MailsToAsync(Ada)).Count);
        Assert.Equal(OneTimeCodeMail.Subject, mail.Subject);
        Assert.Contains("expires in 10 minutes", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(CodeVerifyResult.Verified("user_ada"), first);
        Assert.Equal(CodeVerifyResult.NoCode, second);
    }

    [Fact]
    public async Task IssueAsync_StoresNeitherTheCodeNorTheAddress()
    {
        var storage = new MemoryStorage();
        var services = sandbox.Services(IdentitySandbox.NewClock(), storage);

        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);
        var key = services.Hasher.StorageKey(Purpose, Ada);
        var stored = JsonSerializer.Serialize((await storage.ReadAsync([key]))[key]);

        Assert.DoesNotContain("ada", key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(code, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"state\":\"Active\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueAsync_StrangerAddress_AnswersTheSame_SendsNothing_AndNoCodeMatches()
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var adasCode = await sandbox.LatestCodeToAsync(Ada);

        var issued = await services.Codes.IssueAsync(Stranger, Purpose, CancellationToken.None);
        var withAdasCode = await services.Codes.VerifyAsync(Stranger, Purpose, adasCode, CancellationToken.None);
        var withAnother = await services.Codes.VerifyAsync(Stranger, Purpose, "000000", CancellationToken.None);
        var lastTry = await services.Codes.VerifyAsync(Stranger, Purpose, "999999", CancellationToken.None);

        Assert.Equal(CodeIssueResult.Sent(clock.GetUtcNow().AddMinutes(10)), issued);
        Assert.Empty(await sandbox.MailsToAsync(Stranger));
        Assert.Equal(CodeVerifyResult.Wrong(2), withAdasCode);
        Assert.Equal(CodeVerifyResult.Wrong(1), withAnother);
        Assert.Equal(CodeVerifyResult.Locked, lastTry);
    }

    [Fact]
    public async Task VerifyAsync_ThreeWrongCodes_LockTheChallenge_EvenTheRightCodeThenFails()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);
        var wrong = code == "111111" ? "222222" : "111111";

        var results = new List<CodeVerifyResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await services.Codes.VerifyAsync(Ada, Purpose, wrong, CancellationToken.None));
        }

        var right = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);

        Assert.Equal([CodeVerifyResult.Wrong(2), CodeVerifyResult.Wrong(1), CodeVerifyResult.Locked], results);
        Assert.Equal(CodeVerifyResult.Locked, right);
    }

    [Fact]
    public async Task VerifyAsync_TheSameAnswerDeliveredAgain_CountsOnce_AndGetsTheSameResult()
    {
        // A turn whose state could not be saved (Redis down) answers 503 and the channel delivers it again: the
        // answer must not use up a second attempt, and a right code must prove the user again on the re-delivery.
        var services = sandbox.Services(IdentitySandbox.NewClock());
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);
        var wrong = code == "111111" ? "222222" : "111111";

        var first = await services.Codes.VerifyAsync(Ada, Purpose, wrong, CancellationToken.None, answerId: "conv-1/activity-3");
        var redelivered = await services.Codes.VerifyAsync(Ada, Purpose, wrong, CancellationToken.None, answerId: "conv-1/activity-3");
        var next = await services.Codes.VerifyAsync(Ada, Purpose, wrong, CancellationToken.None, answerId: "conv-1/activity-4");
        var right = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None, answerId: "conv-1/activity-5");
        var rightAgain = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None, answerId: "conv-1/activity-5");
        var rightLater = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None, answerId: "conv-1/activity-6");

        Assert.Equal(CodeVerifyResult.Wrong(2), first);
        Assert.Equal(CodeVerifyResult.Wrong(2), redelivered);
        Assert.Equal(CodeVerifyResult.Wrong(1), next);
        Assert.Equal(CodeVerifyResult.Verified("user_ada"), right);
        Assert.Equal(CodeVerifyResult.Verified("user_ada"), rightAgain);
        Assert.Equal(CodeVerifyResult.NoCode, rightLater);
    }

    [Fact]
    public async Task VerifyAsync_AfterTheLifetime_IsExpired_AndTheCodeNoLongerWorks()
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);

        clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);
        var again = await services.Codes.VerifyAsync(Ada, Purpose, code, CancellationToken.None);

        Assert.Equal(CodeVerifyResult.Expired, expired);
        Assert.Equal(CodeVerifyResult.Expired, again);
    }

    [Fact]
    public async Task VerifyAsync_JustBeforeTheLifetimeEnds_Verifies_WithSpacesInTheCode()
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var code = await sandbox.LatestCodeToAsync(Ada);

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var result = await services.Codes.VerifyAsync(Ada, Purpose, code[..3] + " " + code[3..], CancellationToken.None);

        Assert.Equal(CodeVerifyResult.Verified("user_ada"), result);
    }

    [Fact]
    public async Task IssueAsync_ANewCode_ReplacesThePreviousOne()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var first = await sandbox.LatestCodeToAsync(Ada);
        await services.Codes.IssueAsync(Ada, Purpose, CancellationToken.None);
        var second = await sandbox.LatestCodeToAsync(Ada);

        // (Two draws match once in a million runs; then this test fails rather than pass without checking.)
        var withFirst = await services.Codes.VerifyAsync(Ada, Purpose, first, CancellationToken.None);
        var withSecond = await services.Codes.VerifyAsync(Ada, Purpose, second, CancellationToken.None);

        Assert.Equal(CodeVerifyResult.Wrong(2), withFirst);
        Assert.Equal(CodeVerifyResult.Verified("user_ada"), withSecond);
    }

    [Theory]
    [InlineData(Ada)]
    [InlineData(Stranger)]
    public async Task IssueAsync_TheFourthCodeInAnHour_IsRefused_UntilTheFirstIsAnHourOld(string address)
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        var before = (await sandbox.MailsToAsync(address)).Count;

        var first = await services.Codes.IssueAsync(address, Purpose, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(20));
        await services.Codes.IssueAsync(address, Purpose, CancellationToken.None);
        await services.Codes.IssueAsync(address, Purpose, CancellationToken.None);
        var fourth = await services.Codes.IssueAsync(address, Purpose, CancellationToken.None);
        var sentSoFar = (await sandbox.MailsToAsync(address)).Count - before;
        clock.Advance(TimeSpan.FromMinutes(40));
        var afterAnHour = await services.Codes.IssueAsync(address, Purpose, CancellationToken.None);

        Assert.Equal(CodeIssueStatus.Sent, first.Status);
        Assert.Equal(CodeIssueResult.RateLimited(TimeSpan.FromMinutes(40)), fourth);
        Assert.Equal(address == Ada ? 3 : 0, sentSoFar);
        Assert.Equal(CodeIssueStatus.Sent, afterAnHour.Status);
    }

    [Fact]
    public async Task IssueAsync_EachPurposeHasItsOwnChallenge()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        await services.Codes.IssueAsync(Ada, OneTimeCodePurposes.Identity, CancellationToken.None);
        var identityCode = await sandbox.LatestCodeToAsync(Ada);

        var asStepUp = await services.Codes.VerifyAsync(Ada, OneTimeCodePurposes.StepUp, identityCode, CancellationToken.None);
        var asIdentity = await services.Codes.VerifyAsync(Ada, OneTimeCodePurposes.Identity, identityCode, CancellationToken.None);

        Assert.Equal(CodeVerifyResult.NoCode, asStepUp);
        Assert.Equal(CodeVerifyResult.Verified("user_ada"), asIdentity);
    }

    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData("12345", null)]
    [InlineData("1234567", null)]
    [InlineData("12345a", null)]
    [InlineData("١٢٣٤٥٦", null)]
    public void NormalizeCode_KeepsOnlySixAsciiDigits(string typed, string? expected) =>
        Assert.Equal(expected, OneTimeCodeService.NormalizeCode(typed));
}
