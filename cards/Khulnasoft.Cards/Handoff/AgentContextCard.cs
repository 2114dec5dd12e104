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
        var progress = CardStrings.Format("Progress", CardFormat.Number(input.ChecklistDone), CardFormat.Number(input.ChecklistTotal));
        List<Fact> facts =
        [
            new(CardStrings.Get("AgentUser"), CardFormat.Escape(input.UserName)),
            new(CardStrings.Get("AgentRoute"), CardFormat.Escape(input.Route)),
            new(CardStrings.Get("AgentChecklist"), progress),
        ];
        if (input.CaseId is { } caseId)
        {
            facts.Insert(0, new(CardStrings.Get("AgentCase"), caseId));
        }

        List<CardElement> body = [CardParts.Heading(CardStrings.Format("AgentConversationWith", CardFormat.Escape(input.UserName))), new FactSet { Facts = facts }];
        if (input.ChecklistPending.Count > 0)
        {
            body.Add(CardParts.Subheading(CardStrings.Get("AgentStillToDo")));
            body.Add(CardParts.Paragraph(CardFormat.Bullets(input.ChecklistPending, 10)));
        }

        var lines = input.Transcript.OrderBy(l => l.At).TakeLast(TranscriptLimit).ToList();
        body.Add(CardParts.Subheading(input.Transcript.Count > lines.Count
            ? CardStrings.Format("AgentTranscriptLast", CardFormat.Number(lines.Count), CardFormat.Number(input.Transcript.Count))
            : CardStrings.Get("AgentTranscript"), separator: true));
        body.AddRange(lines.Select(l => new TextBlock { Text = "**" + CardFormat.Escape(l.From) + "**: " + CardFormat.Escape(l.Text), Spacing = Spacing.Small }));
        if (lines.Count == 0)
        {
            body.Add(CardParts.Subtle(CardStrings.Get("AgentNoMessages")));
        }

        var ids = new[] { ("handoffId", (string?)input.HandoffId), ("caseId", input.CaseId) };
        List<CardAction> buttons = [actions.Button(CardStrings.Get("AgentHandBack"), CardActions.HandoffHandBack, null, ids)];
        if (input.TransferTargets.Count > 0)
        {
            buttons.Add(new ActionShowCard
            {
                Title = CardStrings.Get("AgentTransfer"),
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new InputChoiceSet
                        {
                            Id = TransferTargetInputId,
                            Label = CardStrings.Get("AgentTransferTo"),
                            IsRequired = true,
                            ErrorMessage = CardStrings.Get("AgentPickAgent"),
                            Choices = input.TransferTargets.Select(t => new Choice(t.Name, t.AgentId)).ToList(),
                        },
                    ],
                    Actions = [actions.Button(CardStrings.Get("AgentTransfer"), CardActions.HandoffTransfer, null, ids)],
                },
            });
        }

        buttons.Add(actions.Button(CardStrings.Get("AgentClose"), CardActions.HandoffClose, ActionStyle.Destructive, ids));
        var card = CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(
                CardStrings.Format("AgentFallback", input.UserName, input.Route, progress),
                input.ChecklistPending.Count > 0 ? CardStrings.Format("StillToDoList", string.Join("; ", input.ChecklistPending)) : null,
                CardStrings.Format("AgentFallbackReply", CardText.Either(EndCommands(input)))),
            speak: CardText.Sentences(
                CardStrings.Format("AgentSpeak", input.UserName, progress),
                CardStrings.Format("AgentSpeakEnd", CardText.Say(EndCommands(input)))));
        return CardSerializer.ToJsonObject(card);
    }

    private static string[] EndCommands(AgentContextCardInput input) =>
        input.TransferTargets.Count > 0 ? ["hand back", "transfer", "close"] : ["hand back", "close"];
}
