using System.Net;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.FaultTests.Clients;
using Khulnasoft.Bot.FaultTests.Hosts;
using Khulnasoft.TestSupport;
using Xunit.Abstractions;

namespace Khulnasoft.Bot.FaultTests.Attacks;

/// <summary>
/// Users acting as someone else through the hosts' own Direct Line: a posted <c>from.id</c> of another user, a card
/// submit carrying another user's case id, an approval click by someone who is not a super administrator.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ImpersonationTests(FaultLab lab, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => lab.HealAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DirectLine_APostedFromIdOfAnotherUser_LosesToTheBoundId_AndIsRefusedOnAnAnonymousToken()
    {
        var (email, _) = lab.Sandbox.NextUser();
        var bound = await DirectLineUserClient.StartAsync(lab.A.Http, email);
        await bound.ReadAsync(lab.A.Http);
        var anonymous = await DirectLineUserClient.StartAsync(lab.B.Http, email: null);

        var asBen = new JsonObject { ["type"] = "message", ["text"] = "delete my account", ["from"] = new JsonObject { ["id"] = "dl_ben@example.com", ["name"] = "Ben" } };
        Assert.Equal(HttpStatusCode.OK, (await bound.PostAsync(lab.B.Http, asBen)).Status);
        var refused = await anonymous.PostAsync(lab.C.Http, (JsonObject)asBen.DeepClone());
        var asAda = new JsonObject
        {
            ["type"] = "message", ["text"] = "delete my account",
            ["from"] = new JsonObject { ["id"] = "29:ada", ["aadObjectId"] = DemoUsers.Ada.AadObjectId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUsers.Tenant } },
        };
        var claimedTeams = await anonymous.PostAsync(lab.A.Http, asAda);

        var transcript = await bound.TranscriptAsync(lab.C.Http);
        var echo = Assert.Single(transcript, a => a["from"]?["role"]?.GetValue<string>() == "user");
        Assert.Equal("dl_" + email, echo["from"]!["id"]!.GetValue<string>());
        Cards.AssertSays(await bound.ReadAsync(lab.C.Http), "You're signed in as " + email);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.OK, claimedTeams.Status);
        var toAnonymous = await anonymous.ReadAsync(lab.A.Http);
        Assert.DoesNotContain(toAnonymous, a => Cards.Seen(a).Contains("signed in as", StringComparison.Ordinal));
        Cards.AssertSays(toAnonymous, "email address of the Khulnasoft account");
    }

    [Fact]
    public async Task CardSubmitsCarryingAnotherUsersCaseId_NeitherUndoNorConfirmThatCase()
    {
        var victim = await DeletionConversation.StartAsync(lab.A.Http, lab.Sandbox.NextUser().Email, lab.Sandbox);
        var victimCase = await victim.ScheduleAsync(lab.A.Http, lab.B.Http, lab.C.Http, lab.A.Http);
        var (attackerEmail, attackerId) = lab.Sandbox.NextUser();
        var attacker = await DeletionConversation.StartAsync(lab.B.Http, attackerEmail, lab.Sandbox);
        Assert.Equal(HttpStatusCode.OK, (await attacker.User.ClickAsync(lab.C.Http, new JsonObject { ["action"] = "deletion.undo", ["caseId"] = victimCase })).Status);
        Cards.AssertSays(await attacker.User.ReadAsync(lab.C.Http), "You're signed in as " + attacker.Email); // undo needs the user verified first
        Assert.Equal(HttpStatusCode.OK, (await attacker.User.SendAsync(lab.A.Http, "yes")).Status);
        var toUndo = await attacker.User.ReadAsync(lab.A.Http);

        // Verified now, the attacker goes on to their own confirmation card and submits it with the victim's case id.
        Assert.Equal(HttpStatusCode.OK, (await attacker.User.SendAsync(lab.B.Http, "delete my account")).Status);
        var invoices = await attacker.User.ReadAsync(lab.B.Http);
        Assert.Equal(HttpStatusCode.OK, (await attacker.User.ClickAsync(lab.C.Http, Cards.DataOf(invoices, "invoices.skip"))).Status);
        var confirmation = await attacker.User.ReadAsync(lab.C.Http);
        var confirm = Cards.DataOf(confirmation, "deletion.confirm");
        confirm["caseId"] = victimCase;
        confirm["scopePhrase"] = AccountSandbox.AccountNameOf(attacker.Email);
        confirm["oneTimeCode"] = await lab.Sandbox.ConfirmationCodeAsync(attacker.Email);
        Assert.Equal(HttpStatusCode.OK, (await attacker.User.ClickAsync(lab.A.Http, confirm)).Status);
        var toConfirm = await attacker.User.ReadAsync(lab.A.Http);

        output.WriteLine("undo: " + string.Join(" | ", toUndo.Select(Cards.Seen)));
        output.WriteLine("confirm: " + string.Join(" | ", toConfirm.Select(Cards.Seen)));
        Assert.DoesNotContain(toUndo, a => Cards.Seen(a).Contains(victimCase, StringComparison.Ordinal));
        var attackerCase = Assert.Single(toConfirm.Select(a => System.Text.RegularExpressions.Regex.Match(Cards.Seen(a), "del_[a-z0-9]{26}").Value).Where(id => id.Length > 0).Distinct());
        Assert.NotEqual(victimCase, attackerCase);
        var victimAudit = (await CaseAudit.ReadAsync(lab.C.Http, victimCase))!;
        Assert.DoesNotContain(victimAudit.Entries, e => e["actor"]!.GetValue<string>().Contains(attackerId, StringComparison.Ordinal));
        Assert.DoesNotContain("case.cancelled", victimAudit.Actions);
    }

    [Fact]
    public async Task AnApprovalClick_FromSomeoneWhoIsNotASuperAdministrator_IsRefusedAndChangesNothing()
    {
        var sam = await DirectLineUserClient.StartAsync(lab.A.Http, "sam@ssocorp.example");
        await sam.ReadAsync(lab.A.Http);
        await sam.SendAsync(lab.A.Http, "delete my account");
        await sam.ReadAsync(lab.B.Http);
        await sam.SendAsync(lab.B.Http, "yes");
        Cards.AssertSays(await sam.ReadAsync(lab.C.Http), "Grace Hopper");

        var grace = await DirectLineUserClient.StartAsync(lab.B.Http, "grace@ssocorp.example");
        await grace.ReadAsync(lab.B.Http);
        await grace.SendAsync(lab.C.Http, "approval requests");
        var approve = Cards.DataOf(await grace.ReadAsync(lab.C.Http), "approval.approve");

        var bob = await DirectLineUserClient.StartAsync(lab.C.Http, "bob@example.com");
        await bob.ReadAsync(lab.C.Http);
        await bob.ClickAsync(lab.A.Http, approve);
        var toBob = await bob.ReadAsync(lab.A.Http);
        await sam.ClickAsync(lab.B.Http, approve);
        var toSam = await sam.ReadAsync(lab.B.Http);
        var anonymous = await DirectLineUserClient.StartAsync(lab.A.Http, email: null);
        await anonymous.ReadAsync(lab.A.Http);
        await anonymous.ClickAsync(lab.A.Http, approve);
        var toAnonymous = await anonymous.ReadAsync(lab.A.Http);

        Cards.AssertSays(toBob, "not an approver");
        Cards.AssertSays(toSam, "not an approver");
        Assert.DoesNotContain(toAnonymous, a => Cards.Seen(a).Contains("approved", StringComparison.OrdinalIgnoreCase));
        var caseId = approve["caseId"]!.GetValue<string>();
        var audit = (await CaseAudit.ReadAsync(lab.A.Http, caseId))!;
        output.WriteLine(string.Join(", ", audit.Actions));
        Assert.DoesNotContain("approval.vote", audit.Actions);
        Assert.Contains("approval.refused", audit.Actions);

        await grace.ClickAsync(lab.C.Http, approve);
        Cards.AssertSays(await grace.ReadAsync(lab.C.Http), "Approved");
    }
}
