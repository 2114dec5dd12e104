using Khulnasoft.Bot.Deletion;
using Khulnasoft.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>
/// A user who leaves their deletion in Web Chat (Direct Line, a user id the site bound into the token) and comes back
/// in Teams (their Entra identity on a signed channel token) proves who they are there first, then continues at the
/// step they had reached, with the checklist read live again; nothing of the deletion is shown before that.
/// </summary>
public sealed class ResumeHttpTests : AuthenticatedHostTests
{
    /// <summary>ada in Web Chat: identity, blast radius, the checklist done on the dashboard, up to the invoices.</summary>
    private async Task<ChannelUser> AdaInWebChatToTheInvoicesAsync()
    {
        var web = Bed.WebChatUser(DemoChats.BoundWebChat("ada@example.com", "dl-ada-resume"), "en-US");
        await web.SendAsync("delete my account");
        web.Next(R.Card("ada@example.com", CardActions.IdentityConfirm), "identity card");
        await web.SendAsync("yes");
        web.Next(R.Card("What deleting your account would remove"), "blast radius");
        web.Next(R.Card("1 of 8 required steps done"), "checklist");
        web.Next(R.Text("Still to do (7)"), "what is left");
        await Host.DashboardAsync([.. AdaPrerequisites.Subscriptions, .. AdaPrerequisites.NameserversAndAutoRenew, .. AdaPrerequisites.DnsRecordsAndDomains, .. AdaPrerequisites.PaymentMethod]);
        await web.SendAsync("re-check");
        web.Next(R.Card("8 of 8 required steps done"), "checklist complete");
        web.Next(R.Text("Everything required is done"), "moves on");
        web.Next(R.Card("KS-2026-0901", CardActions.InvoicesSkip), "invoices");
        return web;
    }

    [Fact]
    public async Task Ada_LeavesWebChatAtTheInvoices_ComesBackInTeams_ProvesWhoSheIs_AndContinuesAtTheInvoices()
    {
        await AdaInWebChatToTheInvoicesAsync();

        var teams = Bed.TeamsUser("ada", "a:ada-resume", "en-US");
        await teams.SendAsync("continue my deletion");
        var first = teams.Next(R.Card("You're signed in as", "ada@example.com", CardActions.IdentityConfirm), "identity is proven first in the new conversation");
        Assert.DoesNotContain("Ada Labs", Replies.CardOf(first)!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(teams.Rest());
        await teams.ClickAsync(CardActions.IdentityConfirm);
        teams.Next(R.Text("Welcome back. Your deletion had reached your invoices"), "back at her step, no blast radius again");
        teams.Next(R.Card("8 of 8 required steps done"), "the checklist read live");
        teams.Next(R.Text("Everything required is done"), "still done");
        teams.Next(R.Card("KS-2026-0901", CardActions.InvoicesSkip), "the invoices, where she left");
        await teams.ClickAsync(CardActions.InvoicesSkip);
        teams.Next(R.Text("can't be retrieved once your account is deleted"), "skip warning");
        teams.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase", "oneTimeCode", "Ada Labs"), "confirmation");
        await teams.ClickAsync(CardActions.DeletionConfirm, ("scopePhrase", "Ada Labs"), ("oneTimeCode", await Host.ConfirmationCodeAsync("ada@example.com")));
        teams.Next(R.Card(CardActions.DeletionUndo), "scheduled");

        var scheduled = await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None);
        Assert.Equal(DeletionCaseState.Scheduled, scheduled!.State);
        Assert.Equal("a:ada-resume", scheduled.Conversation!.Conversation!.Id);
        await R.ValidateCardsAsync();
    }

    [Fact]
    public async Task Ada_LeavesWebChatAtTheConfirmation_ComesBackInTeams_TheChecklistIsReadLive_AndCancelClearsHerPlace()
    {
        var web = await AdaInWebChatToTheInvoicesAsync();
        await web.ClickAsync(CardActions.InvoicesSkip);
        web.Next(R.Text("can't be retrieved"), "skip warning");
        web.Next(R.Card(CardActions.DeletionConfirm), "confirmation in Web Chat");

        var teams = Bed.TeamsUser("ada", "a:ada-resume-2", "en-US");
        await teams.SendAsync("delete my account");
        teams.Next(R.Card("You're signed in as", CardActions.IdentityConfirm), "identity first");
        await teams.ClickAsync(CardActions.IdentityConfirm);
        teams.Next(R.Text("Your deletion had reached the final confirmation"), "back at her step");
        teams.Next(R.Card("8 of 8 required steps done"), "the checklist read live");
        teams.Next(R.Text("Everything required is done"), "still done");
        teams.Next(R.Card(CardActions.DeletionConfirm, "scopePhrase"), "straight to the confirmation: the invoices were answered in Web Chat");
        await teams.SendAsync("cancel");
        teams.Next(R.Text("Nothing was deleted"), "she stops");

        // Stopping clears her place: the next start is a fresh one, with the blast radius.
        await teams.SendAsync("delete my account");
        teams.Next(R.Card("What deleting your account would remove"), "a fresh start (the identity is reused in this conversation)");
        teams.Rest();
        Assert.Null(await Host.Services.GetRequiredService<DeletionScheduler>().FindActiveAsync("user_ada", CancellationToken.None));
    }
}
