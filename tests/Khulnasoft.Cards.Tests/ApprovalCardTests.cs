using System.Text.Json.Nodes;
using Khulnasoft.Cards.Approval;

namespace Khulnasoft.Cards.Tests;

public sealed class ApprovalCardTests
{
    [Fact]
    public void ARequesterWhoOwnsNoAccount_IsDescribedToTheApproverInTheThirdPerson()
    {
        var sam = CardSamples.SamApproval();
        var input = sam with { Scope = sam.Scope with { AccountsDeleted = [] } };

        foreach (var card in new[] { ApprovalCard.BuildApproverView(input, CardHost.Teams), ApprovalCard.Build(input, CardHost.WebChat) })
        {
            var text = CardJson.AllText(card);
            Assert.Contains("None: Sam Sso is not the primary owner of any account.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("you are not", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Teams_BaseCard_ShowsOnlyTheStatus_AndRefreshesForTheApprovers()
    {
        var card = ApprovalCard.Build(CardSamples.SamApproval(), CardHost.Teams);

        Assert.Null(card["actions"]);
        var refresh = card["refresh"]!.AsObject();
        Assert.Equal(["29:1grace-mri", "29:1gus-mri"], refresh["userIds"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(CardActions.ApprovalRefresh, (string?)refresh["action"]!["verb"]);
        Assert.Equal("req_42", (string?)refresh["action"]!["data"]!["requestId"]);
        Assert.Contains("Waiting for approval by Grace or Gus", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_ApproverView_HasExecuteApprove_AndRejectThatAsksForARequiredReason()
    {
        var card = ApprovalCard.BuildApproverView(CardSamples.SamApproval(), CardHost.Teams);

        var approve = ActionContractTests.Find(card, CardActions.ApprovalApprove);
        Assert.Equal("Action.Execute", (string?)approve["type"]);
        var showCard = CardJson.Actions(card).Single(a => (string?)a["type"] == "Action.ShowCard");
        Assert.Equal("Reject", (string?)showCard["title"]);
        var reason = CardJson.OfType(showCard["card"]!.AsObject(), "Input.Text").Single();
        Assert.Equal(ApprovalCard.ReasonInputId, (string?)reason["id"]);
        Assert.True((bool)reason["isRequired"]!);
        Assert.NotNull((string?)reason["label"]);
        Assert.NotNull((string?)reason["errorMessage"]);
        var reject = ActionContractTests.Find(showCard["card"]!.AsObject(), CardActions.ApprovalReject);
        Assert.Equal("Action.Execute", (string?)reject["type"]);
        Assert.NotNull(card["refresh"]);
    }

    [Fact]
    public void WebChat_Request_HasSubmitButtons_AndNoRefresh()
    {
        var card = ApprovalCard.Build(CardSamples.SamApproval(), CardHost.WebChat);

        Assert.Null(card["refresh"]);
        Assert.Equal("Action.Submit", (string?)ActionContractTests.Find(card, CardActions.ApprovalApprove)["type"]);
    }

    [Theory]
    [InlineData(ApprovalOutcome.Approved, "Approved by Grace at 29 November 2026, 03:00 UTC")]
    [InlineData(ApprovalOutcome.Rejected, "Rejected by Grace at 29 November 2026, 03:00 UTC: audit pending")]
    public void Decided_ShowsTheDecision_WithoutButtonsOrRefresh(ApprovalOutcome outcome, string expected)
    {
        var decision = new ApprovalDecision(outcome, "Grace", CardSamples.Now, "audit pending");

        foreach (var host in new[] { CardHost.Teams, CardHost.WebChat })
        {
            var card = ApprovalCard.Build(CardSamples.SamApproval(decision), host);
            var approverView = ApprovalCard.BuildApproverView(CardSamples.SamApproval(decision), host);

            Assert.Null(card["actions"]);
            Assert.Null(card["refresh"]);
            Assert.Contains(expected, CardJson.AllText(card), StringComparison.Ordinal);
            Assert.Contains(expected, (string)card["fallbackText"]!, StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(card, approverView));
        }
    }

    [Fact]
    public void Teams_WithoutApprovers_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ApprovalCard.Build(CardSamples.SamApproval() with { ApproverUserIds = [] }, CardHost.Teams));
    }
}
