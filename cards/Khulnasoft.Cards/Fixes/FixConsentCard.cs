using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Fixes;

/// <summary>
/// Asks before the bot changes anything for the user ("Do it for me" on the checklist): what will happen and what it
/// costs, then Confirm (<c>checklist.fix.confirm</c>) or Keep it (<c>checklist.fix.keep</c>), both Action.Submit on
/// every host. The text forms say the same and name the words to type instead.
/// </summary>
public static class FixConsentCard
{
    public static string Title => CardStrings.Get("FixConsentTitle");

    public static JsonObject Build(FixConsentCardInput input, CardHost host)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Summary);
        var confirm = CardStrings.Get("BtnFixConfirm");
        var keep = CardStrings.Get("BtnFixKeep");
        var ask = CardStrings.Format("FixConsentAsk", confirm, keep);
        var extras = new (string Key, string? Value)[] { ("item", input.Item), ("resourceId", input.ResourceId), ("cardId", input.CardId) };
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(Title),
                new TextBlock { Text = CardFormat.Name(input.Summary), Weight = TextWeight.Bolder },
                CardParts.Paragraph(ask),
            ],
            [
                CardActionFactory.Submit(confirm, CardActions.ChecklistFixConfirm, ActionStyle.Positive, extras),
                CardActionFactory.Submit(keep, CardActions.ChecklistFixKeep, null, extras),
            ],
            fallbackText: CardText.Sentences(Title, input.Summary, ask, CardText.Type(CardText.Command("FixConfirm"), CardText.Command("FixKeep"))),
            speak: CardText.Sentences(Title, input.Summary, ask, CardText.Say(CardText.Command("FixConfirm"), CardText.Command("FixKeep"))));
        return CardSerializer.ToJsonObject(card);
    }
}
