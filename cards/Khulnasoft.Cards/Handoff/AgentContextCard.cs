using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Handoff;

/// <summary>The agent's context card with "Hand back to bot", "Transfer" (pick an agent) and "Close".</summary>
public static class AgentContextCard
{
    /// <summary>The id of the transfer target input (in the transfer action's value).</summary>
    public const string TransferTargetInputId = "targetAgentId";

    /// <summary>The last lines of the transcript shown on the card.</summary>
    public const int TranscriptLimit = 12;

    public static JsonObject Build(AgentContextCardInput input, CardHost host)
    {
        var actions = new CardActionFactory(host);
        var progress = CardFormat.Number(input.ChecklistDone) + " of " + CardFormat.Number(input.ChecklistTotal) + " required steps done";
        List<Fact> facts = [new("User", CardFormat.Escape(input.UserName)), new("Route", CardFormat.Escape(input.Route)), new("Checklist", progress)];
        if (input.CaseId is { } caseId)
        {
            facts.Insert(0, new("Case", caseId));
        }

        List<CardElement> body = [CardParts.Heading("Conversation with " + CardFormat.Escape(input.UserName)), new FactSet { Facts = facts }];
        if (input.ChecklistPending.Count > 0)
        {
            body.Add(CardParts.Subheading("Still to do"));
            body.Add(CardParts.Paragraph(CardFormat.Bullets(input.ChecklistPending, 10)));
        }

        var lines = input.Transcript.OrderBy(l => l.At).TakeLast(TranscriptLimit).ToList();
        body.Add(CardParts.Subheading("Transcript so far" + (input.Transcript.Count > lines.Count
            ? " (last " + CardFormat.Number(lines.Count) + " of " + CardFormat.Number(input.Transcript.Count) + ")"
            : string.Empty), separator: true));
        body.AddRange(lines.Select(l => new TextBlock { Text = "**" + CardFormat.Escape(l.From) + "**: " + CardFormat.Escape(l.Text), Spacing = Spacing.Small }));
        if (lines.Count == 0)
        {
            body.Add(CardParts.Subtle("No messages yet."));
        }

        var ids = new[] { ("handoffId", (string?)input.HandoffId), ("caseId", input.CaseId) };
        List<CardAction> buttons = [actions.Button("Hand back to bot", CardActions.HandoffHandBack, null, ids)];
        if (input.TransferTargets.Count > 0)
        {
            buttons.Add(new ActionShowCard
            {
                Title = "Transfer",
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new InputChoiceSet
                        {
                            Id = TransferTargetInputId,
                            Label = "Transfer to",
                            IsRequired = true,
                            ErrorMessage = "Pick an agent.",
                            Choices = input.TransferTargets.Select(t => new Choice(t.Name, t.AgentId)).ToList(),
                        },
                    ],
                    Actions = [actions.Button("Transfer", CardActions.HandoffTransfer, null, ids)],
                },
            });
        }

        buttons.Add(actions.Button("Close", CardActions.HandoffClose, ActionStyle.Destructive, ids));
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(
                "Conversation with " + input.UserName + " (" + input.Route + "): " + progress,
                input.ChecklistPending.Count > 0 ? "Still to do: " + string.Join("; ", input.ChecklistPending) : null,
                "Reply to relay to the user; " + CardText.Either(EndCommands(input)) + " end your part"),
            speak: CardText.Sentences(
                "Conversation with " + input.UserName + ". You are now chatting with them: " + progress,
                CardText.Say(EndCommands(input)) + " to end your part"));
        return CardSerializer.ToJsonObject(card);
    }

    private static string[] EndCommands(AgentContextCardInput input) =>
        input.TransferTargets.Count > 0 ? ["hand back", "transfer", "close"] : ["hand back", "close"];
}
