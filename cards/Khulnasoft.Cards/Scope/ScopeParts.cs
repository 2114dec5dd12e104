using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Scope;

/// <summary>The scope section shared by the blast radius, confirmation and approval cards.</summary>
internal static class ScopeParts
{
    /// <param name="requesterName">Who the scope belongs to when the card is read by someone else (the approver's
    /// card): the scope is then worded in the third person. Null: worded for the requester ("you").</param>
    public static IEnumerable<CardElement> Elements(DeletionScope scope, int listLimit = int.MaxValue, string? requesterName = null)
    {
        yield return CardParts.Subheading(CardStrings.Format("AccountsDeleted", CardFormat.Number(scope.AccountsDeleted.Count)));
        if (scope.AccountsDeleted.Count == 0)
        {
            yield return CardParts.Paragraph(requesterName is null
                ? CardStrings.Get("NoAccountsDeleted")
                : CardStrings.Format("NoAccountsDeletedFor", CardFormat.Escape(requesterName)));
        }

        foreach (var account in scope.AccountsDeleted.Take(listLimit))
        {
            var members = account.MembersRemoved.Count == 0
                ? CardStrings.Get("NoOtherMembers")
                : CardStrings.Format("MembersRemoved", string.Join(", ", account.MembersRemoved.Take(listLimit).Select(CardFormat.Escape))
                  + (account.MembersRemoved.Count > listLimit ? " " + CardStrings.Format("AndMore", CardFormat.Number(account.MembersRemoved.Count - listLimit)) : string.Empty));
            yield return new Container
            {
                Items =
                [
                    new TextBlock { Text = "**" + CardFormat.Escape(account.Name) + "**" },
                    CardParts.Subtle(members),
                ],
            };
        }

        if (scope.AccountsDeleted.Count > listLimit)
        {
            yield return CardParts.Subtle(CardStrings.Format("MoreAccounts", CardFormat.Number(scope.AccountsDeleted.Count - listLimit)));
        }

        yield return CardParts.Subheading(CardStrings.Format("DomainsRemoved", CardFormat.Number(scope.Domains.Count)));
        yield return CardParts.Paragraph(scope.Domains.Count == 0 ? CardStrings.Get("None") : CardFormat.Bullets(scope.Domains, listLimit, CardFormat.Name));
        yield return CardParts.Subheading(CardStrings.Format("SubscriptionsEnded", CardFormat.Number(scope.Subscriptions.Count)));
        yield return CardParts.Paragraph(scope.Subscriptions.Count == 0 ? CardStrings.Get("None") : CardFormat.Bullets(scope.Subscriptions, listLimit, CardFormat.Name));
    }

    public static string Summary(DeletionScope scope) =>
        CardStrings.Format(
            "ScopeSummary",
            CardFormat.Count(scope.AccountsDeleted.Count, "Account"),
            string.Join(", ", scope.AccountsDeleted.Select(a => a.Name)),
            CardFormat.Count(scope.MembersRemovedCount, "Member"),
            CardFormat.Count(scope.Domains.Count, "Domain"),
            string.Join(", ", scope.Domains),
            CardFormat.Count(scope.Subscriptions.Count, "Subscription"));
}
