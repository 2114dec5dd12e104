using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Scope;

/// <summary>The scope section shared by the blast radius, confirmation and approval cards.</summary>
internal static class ScopeParts
{
    public static IEnumerable<CardElement> Elements(DeletionScope scope, int listLimit = int.MaxValue)
    {
        yield return CardParts.Subheading("Accounts deleted (" + CardFormat.Number(scope.AccountsDeleted.Count) + ")");
        if (scope.AccountsDeleted.Count == 0)
        {
            yield return CardParts.Paragraph("None: you are not the primary owner of any account.");
        }

        foreach (var account in scope.AccountsDeleted.Take(listLimit))
        {
            var members = account.MembersRemoved.Count == 0
                ? "No other members."
                : "Members removed: " + string.Join(", ", account.MembersRemoved.Take(listLimit).Select(CardFormat.Escape))
                  + (account.MembersRemoved.Count > listLimit ? " … and " + CardFormat.Number(account.MembersRemoved.Count - listLimit) + " more" : string.Empty);
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
            yield return CardParts.Subtle("… and " + CardFormat.Number(scope.AccountsDeleted.Count - listLimit) + " more accounts");
        }

        yield return CardParts.Subheading("Domains removed (" + CardFormat.Number(scope.Domains.Count) + ")");
        yield return CardParts.Paragraph(scope.Domains.Count == 0 ? "None." : CardFormat.Bullets(scope.Domains, listLimit, CardFormat.Name));
        yield return CardParts.Subheading("Subscriptions ended (" + CardFormat.Number(scope.Subscriptions.Count) + ")");
        yield return CardParts.Paragraph(scope.Subscriptions.Count == 0 ? "None." : CardFormat.Bullets(scope.Subscriptions, listLimit, CardFormat.Name));
    }

    public static string Summary(DeletionScope scope) =>
        CardFormat.Count(scope.AccountsDeleted.Count, "account", "accounts") + " deleted ("
        + string.Join(", ", scope.AccountsDeleted.Select(a => a.Name)) + "), "
        + CardFormat.Count(scope.MembersRemovedCount, "member", "members") + " removed, "
        + CardFormat.Count(scope.Domains.Count, "domain", "domains") + " ("
        + string.Join(", ", scope.Domains) + "), "
        + CardFormat.Count(scope.Subscriptions.Count, "subscription", "subscriptions") + " ended";
}
