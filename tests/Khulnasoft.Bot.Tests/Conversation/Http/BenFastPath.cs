using Khulnasoft.Cards;

namespace Khulnasoft.Bot.Tests.Conversation.Http;

/// <summary>ben, vouched for by Teams, asks to delete his account and goes the fast path up to the invoices card.</summary>
public static class BenFastPath
{
    public static async Task ToInvoicesAsync(ChannelUser ben, Replies r)
    {
        ArgumentNullException.ThrowIfNull(ben);
        ArgumentNullException.ThrowIfNull(r);
        await ben.SendAsync("delete my account");
        ben.Next(r.Card("ben@example.com", CardActions.IdentityConfirm), "vouched for by the channel");
        await ben.ClickAsync(CardActions.IdentityConfirm);
        ben.Next(r.Card("What deleting your account would remove"), "blast radius");
        ben.Next(r.Card("1 of 1 required steps done"), "nothing to do");
        ben.Next(r.Text("Everything required is done"), "fast path");
        ben.Next(r.Card(CardActions.InvoicesSkip), "invoices");
    }
}
