using System.Text.Json.Nodes;
using Khulnasoft.Cards.Common;
using Khulnasoft.Cards.Model;
using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Cards.Approval;

/// <summary>The approval card of the admin route.
/// <list type="bullet">
/// <item><see cref="Build"/>: what is sent. Web Chat: the request with Approve / Reject (Action.Submit). Teams: the
/// base card everyone may see (the status only) with <c>refresh</c> (verb <c>approval.refresh</c>, userIds = the
/// approvers), so approvers' clients ask for <see cref="BuildApproverView"/>. Once decided: the decided card.</item>
/// <item><see cref="BuildApproverView"/>: the approver's view (Approve / Reject as Action.Execute in Teams), the
/// answer to the refresh invoke.</item>
/// </list>
/// Reject reveals a required reason input (Action.ShowCard).</summary>
public static class ApprovalCard
{
    /// <summary>The id of the reason input (in the reject action's value).</summary>
    public const string ReasonInputId = "reason";

    public const int RefreshUserLimit = 60;

    private const string Title = "Account deletion request";

    public static JsonObject Build(ApprovalCardInput input, CardHost host)
    {
        if (input.Decision is not null)
        {
            return BuildDecided(input, host);
        }

        return host == CardHost.WebChat
            ? CardSerializer.ToJsonObject(Request(input, host, withButtons: true, refresh: null))
            : CardSerializer.ToJsonObject(Request(input, host, withButtons: false, Refresh(input)));
    }

    /// <summary>The approver's view: the request with the buttons (and the same refresh in Teams).</summary>
    public static JsonObject BuildApproverView(ApprovalCardInput input, CardHost host)
    {
        if (input.Decision is not null)
        {
            return BuildDecided(input, host);
        }

        return CardSerializer.ToJsonObject(Request(input, host, withButtons: true, host == CardHost.Teams ? Refresh(input) : null));
    }

    private static CardRefresh Refresh(ApprovalCardInput input)
    {
        if (input.ApproverUserIds.Count is 0 or > RefreshUserLimit)
        {
            throw new ArgumentException($"Teams refreshes the card for 1 to {RefreshUserLimit} approvers; got {input.ApproverUserIds.Count}.", nameof(input));
        }

        return new CardRefresh
        {
            Action = new ActionExecute
            {
                Title = "Refresh",
                Verb = CardActions.ApprovalRefresh,
                Data = CardActionFactory.Data(CardActions.ApprovalRefresh, ("requestId", input.RequestId), ("caseId", input.CaseId)),
            },
            UserIds = input.ApproverUserIds,
        };
    }

    private static AdaptiveCard Request(ApprovalCardInput input, CardHost host, bool withButtons, CardRefresh? refresh)
    {
        var actions = new CardActionFactory(host);
        var who = input.RequesterName + " (" + input.RequesterEmail + ")";
        var waiting = "Waiting for approval by " + string.Join(" or ", input.ApproverNames) + ".";
        List<CardElement> body =
        [
            CardParts.Heading(Title),
            CardParts.Paragraph("**" + CardFormat.Escape(who) + "** asks to delete their account in **"
                + CardFormat.Escape(input.AccountName) + "**. Your account uses single sign-on, so a super administrator has to approve."),
            CardParts.Subtle("Requested " + CardFormat.DateTime(input.RequestedAt) + " · request " + input.RequestId),
            .. ScopeParts.Elements(input.Scope, BlastRadiusCard.ListLimit, input.RequesterName),
            new TextBlock { Text = waiting, Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true },
        ];

        List<CardAction> buttons = [];
        if (withButtons)
        {
            var ids = new[] { ("requestId", (string?)input.RequestId), ("caseId", input.CaseId) };
            buttons.Add(actions.Button("Approve", CardActions.ApprovalApprove, ActionStyle.Positive, ids));
            buttons.Add(new ActionShowCard
            {
                Title = "Reject",
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new InputText
                        {
                            Id = ReasonInputId,
                            Label = "Why are you rejecting this request?",
                            IsMultiline = true,
                            IsRequired = true,
                            MaxLength = 500,
                            ErrorMessage = "Give a reason: the requester will see it.",
                        },
                    ],
                    Actions = [actions.Button("Reject the request", CardActions.ApprovalReject, ActionStyle.Destructive, ids)],
                },
            });
        }

        var summary = ScopeParts.Summary(input.Scope);
        var requested = "Requested " + CardFormat.DateTime(input.RequestedAt) + ", request " + input.RequestId;
        var answer = withButtons ? "Reply \"approve\", or \"reject\" with a reason" : null;
        return CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(Title, who + " asks to delete their account in " + input.AccountName + ": " + summary, requested, waiting, answer),
            speak: CardText.Sentences(Title, input.RequesterName + " asks to delete their account in " + input.AccountName + ": " + summary, requested, waiting, answer),
            refresh);
    }

    private static JsonObject BuildDecided(ApprovalCardInput input, CardHost host)
    {
        var decision = input.Decision ?? throw new ArgumentException("The request is not decided.", nameof(input));
        var when = CardFormat.DateTime(decision.At);
        var by = decision.DecidedBy ?? "nobody";
        var line = decision.Outcome switch
        {
            ApprovalOutcome.Approved => "Approved by " + by + " at " + when,
            ApprovalOutcome.Rejected => "Rejected by " + by + " at " + when + (decision.Reason is { Length: > 0 } r ? ": " + r : string.Empty),
            ApprovalOutcome.Expired => "Expired unanswered at " + when,
            _ => throw new ArgumentOutOfRangeException(nameof(input), decision.Outcome, "Unknown outcome."),
        };
        var request = input.RequesterName + " (" + input.RequesterEmail + ") asked to delete their account in " + input.AccountName + ".";
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(Title),
                CardParts.Paragraph(CardFormat.Escape(request)),
                CardParts.Subtle("Request " + input.RequestId + " · case " + input.CaseId),
                new TextBlock
                {
                    Text = CardFormat.Escape(line),
                    Weight = TextWeight.Bolder,
                    Color = decision.Outcome == ApprovalOutcome.Approved ? TextColor.Good : TextColor.Attention,
                    Spacing = Spacing.Medium,
                },
            ],
            [],
            fallbackText: CardText.Sentences(Title, request, line),
            speak: CardText.Sentences(Title, request, line));
        return CardSerializer.ToJsonObject(card);
    }
}
