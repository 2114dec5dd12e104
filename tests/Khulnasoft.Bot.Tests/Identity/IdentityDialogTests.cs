using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Cards;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>Transcripts of the "who are you" step against the real sandbox (API over HTTP, codes read from its mailbox).</summary>
public sealed class IdentityDialogTests(IdentitySandbox sandbox) : IClassFixture<IdentitySandbox>
{
    private const string Ada = "ada@example.com";
    private const string Ben = "ben@example.com";

    [Fact]
    public async Task TeamsVouchedAda_AnswersYes_IsVerifiedAsHerEntraIdentity()
    {
        var chat = IdentityConversation.Teams(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, DemoUsers.Ada.AadObjectId);

        var question = Assert.Single(await chat.SayAsync("delete my account"));
        var answer = await chat.SayAsync("yes");

        Assert.Equal("You're signed in as ada@example.com. Is this the account you want to delete?", question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        var card = Assert.Single(question.Attachments!);
        Assert.Equal(CardSerializer.ContentType, card.ContentType);
        Assert.Contains("ada@example.com", card.Content!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(answer);
        Assert.True(chat.Ended);
        Assert.Equal(new VerifiedIdentity("user_ada", Ada, "Ada Lovelace", IdentitySource.TeamsEntra), chat.Identity);
    }

    [Fact]
    public async Task DirectLineBoundBen_ClicksConfirmOnTheCard_IsVerifiedAsTheBinding()
    {
        var chat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "dl_ben@example.com");
        var question = Assert.Single(await chat.SayAsync("delete my account"));

        var answer = await chat.ClickAsync(IdentityConversation.ButtonData(question, CardActions.IdentityConfirm));

        Assert.Equal("You're signed in as ben@example.com. Is this the account you want to delete?", question.Text);
        Assert.Empty(answer);
        Assert.Equal(new VerifiedIdentity("user_ben", Ben, "Ben Baker", IdentitySource.DirectLineBinding), chat.Identity);
    }

    [Fact]
    public async Task AClickOnAnOlderIdentityCard_DoesNotAnswer()
    {
        var chat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "dl_ben@example.com");
        var question = Assert.Single(await chat.SayAsync("delete my account"));
        var stale = IdentityConversation.ButtonData(question, CardActions.IdentityConfirm);
        stale["cardId"] = "an-older-card";

        var answer = await chat.ClickAsync(stale);

        Assert.Equal(["Please answer yes or no: is ben@example.com the account you want to delete?"], IdentityConversation.Texts(answer));
        Assert.False(chat.Ended);
    }

    [Fact]
    public async Task RejectingTheVouchedIdentity_FallsBackToEmailAndCode()
    {
        var chat = IdentityConversation.Teams(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, DemoUsers.Ada.AadObjectId);
        var question = Assert.Single(await chat.SayAsync("delete my account"));

        var rejected = await chat.ClickAsync(IdentityConversation.ButtonData(question, CardActions.IdentityReject));
        var sent = await chat.SayAsync(Ben);
        var verified = await chat.SayAsync(await sandbox.LatestCodeToAsync(Ben));

        Assert.Equal([IdentityTexts.VouchedRejected, IdentityTexts.AskEmail], IdentityConversation.Texts(rejected));
        Assert.Equal(["If an account exists for ben@example.com, I've sent it a 6-digit code. It expires in 10 minutes."], IdentityConversation.Texts(sent));
        Assert.Empty(verified);
        Assert.Equal(new VerifiedIdentity("user_ben", Ben, "Ben Baker", IdentitySource.EmailCode), chat.Identity);
    }

    [Fact]
    public async Task AnAnonymousWebChatUser_ProvesTheEmailWithTheMailedCode()
    {
        var chat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "anonymous-4f1c");

        var asked = await chat.SayAsync("delete my account");
        var invalid = await chat.SayAsync("ada at example dot com");
        var sent = await chat.SayAsync(" Ada@Example.com ");
        var notACode = await chat.SayAsync("12 34");
        var verified = await chat.SayAsync(await sandbox.LatestCodeToAsync(Ada));

        Assert.Equal([IdentityTexts.AskEmail], IdentityConversation.Texts(asked));
        Assert.Equal([IdentityTexts.AskEmailRetry], IdentityConversation.Texts(invalid));
        var codePrompt = Assert.Single(sent);
        Assert.Equal("If an account exists for ada@example.com, I've sent it a 6-digit code. It expires in 10 minutes.", codePrompt.Text);
        Assert.Equal(IdentityTexts.ResendWord, Assert.Single(codePrompt.SuggestedActions!.Actions!).Value!.GetValue<string>());
        Assert.Equal([IdentityTexts.AskCodeRetry], IdentityConversation.Texts(notACode));
        Assert.Empty(verified);
        Assert.Equal(new VerifiedIdentity("user_ada", Ada, "Ada Lovelace", IdentitySource.EmailCode), chat.Identity);
    }

    [Fact]
    public async Task AStrangersEmail_GetsTheSameAnswers_NoMail_AndNoCodeWorks()
    {
        var adaChat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "anonymous-ada");
        var strangerChat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "anonymous-stranger");
        const string Stranger = "stranger@example.org";

        var adaTexts = await TranscriptAsync(adaChat, Ada, "000000", "999999");
        var adasCode = await sandbox.LatestCodeToAsync(Ada);
        var strangerTexts = await TranscriptAsync(strangerChat, Stranger, adasCode, "999999");
        var strangerLast = await strangerChat.SayAsync("123456");

        Assert.Equal(adaTexts.Select(t => t.Replace(Ada, Stranger, StringComparison.Ordinal)), strangerTexts);
        Assert.Empty(await sandbox.MailsToAsync(Stranger));
        Assert.Equal([IdentityTexts.Locked(3)], IdentityConversation.Texts(strangerLast));
        Assert.True(strangerChat.Ended);
        Assert.Null(strangerChat.Identity);
    }

    [Fact]
    public async Task ThreeWrongCodes_EndTheDialogWithNull_AndTheRightCodeIsLockedOut()
    {
        var services = sandbox.Services(IdentitySandbox.NewClock());
        var chat = IdentityConversation.DirectLine(services, TimeProvider.System, "anonymous-wrong");
        await chat.SayAsync("delete my account");
        await chat.SayAsync(Ada);
        var code = await sandbox.LatestCodeToAsync(Ada);
        var wrong = code == "111111" ? "222222" : "111111";

        var first = await chat.SayAsync(wrong);
        var second = await chat.SayAsync(wrong);
        var third = await chat.SayAsync(wrong);
        var rightAfterwards = await services.Codes.VerifyAsync(Ada, OneTimeCodePurposes.Identity, code, CancellationToken.None);

        Assert.Equal(["That code isn't right. 2 attempts left."], IdentityConversation.Texts(first));
        Assert.Equal(["That code isn't right. 1 attempt left."], IdentityConversation.Texts(second));
        Assert.Equal([IdentityTexts.Locked(3)], IdentityConversation.Texts(third));
        Assert.True(chat.Ended);
        Assert.Null(chat.Identity);
        Assert.Equal(CodeVerifyResult.Locked, rightAfterwards);
    }

    [Fact]
    public async Task AnExpiredCode_IsRefused_AndResendSendsOneThatWorks()
    {
        var clock = IdentitySandbox.NewClock();
        var chat = IdentityConversation.DirectLine(sandbox.Services(clock), clock, "anonymous-expiry");
        await chat.SayAsync("delete my account");
        await chat.SayAsync(Ada);
        var oldCode = await sandbox.LatestCodeToAsync(Ada);

        clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await chat.SayAsync(oldCode);
        var resent = await chat.SayAsync("Resend");
        var newCode = await sandbox.LatestCodeToAsync(Ada);
        var verified = await chat.SayAsync(newCode);

        var expiredReply = Assert.Single(expired);
        Assert.Equal(IdentityTexts.Expired, expiredReply.Text);
        Assert.Equal(IdentityTexts.ResendButton, Assert.Single(expiredReply.SuggestedActions!.Actions!).Title);
        Assert.Equal(["If an account exists for ada@example.com, I've sent it a new 6-digit code. It expires in 10 minutes. Earlier codes no longer work."],
            IdentityConversation.Texts(resent));
        Assert.Empty(verified);
        Assert.Equal("user_ada", chat.Identity?.UserId);
    }

    [Fact]
    public async Task TheFourthCodeInAnHour_IsRefused_AtResendAndAtAFreshStart()
    {
        var clock = IdentitySandbox.NewClock();
        var services = sandbox.Services(clock);
        var chat = IdentityConversation.DirectLine(services, clock, "anonymous-limit");
        await chat.SayAsync("delete my account");
        await chat.SayAsync(Ada);
        clock.Advance(TimeSpan.FromMinutes(5));
        await chat.SayAsync("resend");
        await chat.SayAsync("resend");
        var thirdCode = await sandbox.LatestCodeToAsync(Ada);

        var refused = await chat.SayAsync("resend");
        var stillWorks = await chat.SayAsync(thirdCode);
        var again = IdentityConversation.DirectLine(services, clock, "anonymous-limit-2");
        await again.SayAsync("delete my account");
        var refusedAtStart = await again.SayAsync(Ada);

        Assert.Equal(["I can't send another code yet: at most 3 codes an hour can be sent to one address. Try again in 55 minutes, or type the last code I sent if it hasn't expired."],
            IdentityConversation.Texts(refused));
        Assert.Empty(stillWorks);
        Assert.Equal("user_ada", chat.Identity?.UserId);
        Assert.Equal(["I can't send a code to ada@example.com right now: at most 3 codes an hour can be sent to one address. Please try again in 55 minutes."],
            IdentityConversation.Texts(refusedAtStart));
        Assert.True(again.Ended);
        Assert.Null(again.Identity);
    }

    [Fact]
    public async Task Help_ExplainsWhyWeVerify_AndTheStepGoesOn()
    {
        var chat = IdentityConversation.DirectLine(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, "anonymous-help");
        await chat.SayAsync("delete my account");

        var help = await chat.SayAsync("help");
        var sent = await chat.SayAsync(Ben);

        Assert.Equal([IdentityTexts.WhyWeVerify], IdentityConversation.Texts(help));
        Assert.StartsWith("If an account exists for ben@example.com", Assert.Single(sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_EndsTheDialogWithNull()
    {
        var chat = IdentityConversation.Teams(sandbox.Services(IdentitySandbox.NewClock()), TimeProvider.System, DemoUsers.Ada.AadObjectId);
        await chat.SayAsync("delete my account");

        var cancelled = await chat.SayAsync("cancel");

        Assert.Equal([IdentityTexts.Cancelled], IdentityConversation.Texts(cancelled));
        Assert.Null(chat.Identity);
    }

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData(" ada.lovelace+bot@sub.example.co.uk ", true)]
    [InlineData("ada@localhost", false)]
    [InlineData("Ada <ada@example.com>", false)]
    [InlineData("ada@example.com, bob@example.com", false)]
    [InlineData("ada@@example.com", false)]
    [InlineData("ada example.com", false)]
    [InlineData("", false)]
    public void IsEmailAddress_AcceptsOnlyOnePlainAddress(string text, bool expected) =>
        Assert.Equal(expected, IdentityDialog.IsEmailAddress(text));

    private static async Task<List<string>> TranscriptAsync(IdentityConversation chat, string email, params string[] codes)
    {
        var texts = new List<string>();
        texts.AddRange(IdentityConversation.Texts(await chat.SayAsync("delete my account")));
        texts.AddRange(IdentityConversation.Texts(await chat.SayAsync(email)));
        texts.AddRange(IdentityConversation.Texts(await chat.SayAsync("resend")));
        foreach (var code in codes)
        {
            texts.AddRange(IdentityConversation.Texts(await chat.SayAsync(code)));
        }

        return texts;
    }
}
