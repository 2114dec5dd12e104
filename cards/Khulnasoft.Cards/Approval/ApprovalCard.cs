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
                Title = CardStrings.Get("ApprovalRefresh"),
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
        var title = CardStrings.Get("ApprovalTitle");
        var waiting = CardStrings.Format("ApprovalWaiting", string.Join(CardStrings.Get("OrList"), input.ApproverNames));
        List<CardElement> body =
        [
            CardParts.Heading(title),
            CardParts.Paragraph(CardStrings.Format("ApprovalAsks", CardFormat.Escape(who), CardFormat.Escape(input.AccountName))),
            CardParts.Subtle(CardStrings.Format("ApprovalRequestedLine", CardFormat.DateTime(input.RequestedAt), input.RequestId)),
            .. ScopeParts.Elements(input.Scope, BlastRadiusCard.ListLimit, input.RequesterName),
            new TextBlock { Text = waiting, Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true },
        ];

        List<CardAction> buttons = [];
        if (withButtons)
        {
            var ids = new[] { ("requestId", (string?)input.RequestId), ("caseId", input.CaseId) };
            buttons.Add(actions.Button(CardStrings.Get("ApprovalApprove"), CardActions.ApprovalApprove, ActionStyle.Positive, ids));
            buttons.Add(new ActionShowCard
            {
                Title = CardStrings.Get("ApprovalReject"),
                Card = new AdaptiveCard
                {
                    Body =
                    [
                        new InputText
                        {
                            Id = ReasonInputId,
                            Label = CardStrings.Get("ApprovalReasonLabel"),
                            IsMultiline = true,
                            IsRequired = true,
                            MaxLength = 500,
                            ErrorMessage = CardStrings.Get("ApprovalReasonError"),
                        },
                    ],
                    Actions = [actions.Button(CardStrings.Get("ApprovalRejectRequest"), CardActions.ApprovalReject, ActionStyle.Destructive, ids)],
                },
            });
        }

        var summary = ScopeParts.Summary(input.Scope);
        var requested = CardStrings.Format("ApprovalRequestedSentence", CardFormat.DateTime(input.RequestedAt), input.RequestId);
        var answer = withButtons ? CardStrings.Format("ApprovalAnswer", CardStrings.Get("ApprovalApproveWord"), CardStrings.Get("ApprovalRejectWord")) : null;
        return CardParts.Card(
            host,
            body,
            buttons,
            fallbackText: CardText.Sentences(title, CardStrings.Format("ApprovalAsksSentence", who, input.AccountName, summary), requested, waiting, answer),
            speak: CardText.Sentences(title, CardStrings.Format("ApprovalAsksSentence", input.RequesterName, input.AccountName, summary), requested, waiting, answer),
            refresh);
    }

    private static JsonObject BuildDecided(ApprovalCardInput input, CardHost host)
    {
        var decision = input.Decision ?? throw new ArgumentException("The request is not decided.", nameof(input));
        var when = CardFormat.DateTime(decision.At);
        var by = decision.DecidedBy ?? CardStrings.Get("ApprovalNobody");
        var line = decision.Outcome switch
        {
            ApprovalOutcome.Approved => CardStrings.Format("ApprovalApprovedBy", by, when),
            ApprovalOutcome.Rejected => decision.Reason is { Length: > 0 } r
                ? CardStrings.Format("ApprovalRejectedByWithReason", by, when, r)
                : CardStrings.Format("ApprovalRejectedBy", by, when),
            ApprovalOutcome.Expired => CardStrings.Format("ApprovalExpiredAt", when),
            _ => throw new ArgumentOutOfRangeException(nameof(input), decision.Outcome, "Unknown outcome."),
        };
        var title = CardStrings.Get("ApprovalTitle");
        var request = CardStrings.Format("ApprovalAsked", input.RequesterName, input.RequesterEmail, input.AccountName);
        var card = CardParts.Card(
            host,
            [
                CardParts.Heading(title),
                CardParts.Paragraph(CardFormat.Escape(request)),
                CardParts.Subtle(CardStrings.Format("ApprovalRequestCase", input.RequestId, input.CaseId)),
                new TextBlock
                {
                    Text = CardFormat.Escape(line),
                    Weight = TextWeight.Bolder,
                    Color = decision.Outcome == ApprovalOutcome.Approved ? TextColor.Good : TextColor.Attention,
                    Spacing = Spacing.Medium,
                },
            ],
            [],
            fallbackText: CardText.Sentences(title, request, line),
            speak: CardText.Sentences(title, request, line));
        return CardSerializer.ToJsonObject(card);
    }
}
