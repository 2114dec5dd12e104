using System.Text.Json.Nodes;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Cards.Tests;

/// <summary>The action contract on every card: data.action from CardActions, Execute only in Teams with verb = action
/// and an Action.Submit fallback carrying the same data, fallbackText and speak everywhere.</summary>
public sealed class ActionContractTests
{
    public static TheoryData<CardHost> Hosts => [CardHost.Teams, CardHost.WebChat];

    [Theory]
    [MemberData(nameof(Hosts))]
    public void EveryAction_CarriesADataActionFromTheContract(CardHost host)
    {
        foreach (var (name, card) in CardSamples.All(host))
        {
            foreach (var action in CardJson.Actions(card))
            {
                var type = (string)action["type"]!;
                if (type is "Action.OpenUrl" or "Action.ShowCard" or "Action.ToggleVisibility")
                {
                    continue;
                }

                var data = Assert.IsType<JsonObject>(action["data"], exactMatch: false);
                var actionName = (string?)data[CardActions.ActionField];
                Assert.True(actionName is not null && CardActions.All.Contains(actionName), $"{name}: '{actionName}' is not in the contract");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void EveryCard_HasFallbackTextAndSpeak_AndVersion15(CardHost host)
    {
        foreach (var (name, card) in CardSamples.All(host))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)card["fallbackText"]), name);
            Assert.False(string.IsNullOrWhiteSpace((string?)card["speak"]), name);
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.Equal("AdaptiveCard", (string?)card["type"]);
        }
    }

    [Fact]
    public void WebChatCards_UseNoActionExecute_AnywhereInTheCard()
    {
        foreach (var (name, card) in CardSamples.All(CardHost.WebChat))
        {
            Assert.False(CardJson.OfType(card, "Action.Execute").Any(), name);
            Assert.Null(card["refresh"]);
            Assert.Null(card["msteams"]);
        }
    }

    [Fact]
    public void TeamsExecuteActions_HaveVerbEqualToTheAction_AndASubmitFallbackWithTheSameData()
    {
        var executes = 0;
        foreach (var (name, card) in CardSamples.All(CardHost.Teams))
        {
            Assert.Equal("Full", (string?)card["msteams"]?["width"]);
            foreach (var execute in CardJson.Actions(card).Where(a => (string?)a["type"] == "Action.Execute"))
            {
                executes++;
                var data = execute["data"]!.AsObject();
                Assert.Equal((string?)data["action"], (string?)execute["verb"]);
                Assert.Contains((string)execute["verb"]!, CardActions.AnswerInPlace);
                var fallback = Assert.IsType<JsonObject>(execute["fallback"], exactMatch: false);
                Assert.Equal("Action.Submit", (string?)fallback["type"]);
                Assert.Equal((string?)execute["title"], (string?)fallback["title"]);
                Assert.True(JsonNode.DeepEquals(data, fallback["data"]), name);
            }
        }

        Assert.True(executes >= 8, $"only {executes} Execute actions in the Teams samples");
    }

    [Fact]
    public void ActionsThatAnswerInPlace_AreExecuteInTeams_AndSubmitInWebChat()
    {
        var teams = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.Teams);
        var webChat = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.WebChat);

        Assert.Equal("Action.Execute", Find(teams, CardActions.DeletionRecheck)["type"]!.GetValue<string>());
        Assert.Equal("Action.Submit", Find(webChat, CardActions.DeletionRecheck)["type"]!.GetValue<string>());
        // Prompt answers stay Action.Submit even in Teams: the dialog waits for a message.
        Assert.Equal("Action.Submit", Find(teams, CardActions.InvoicesSend)["type"]!.GetValue<string>());
    }

    [Fact]
    public void CardIds_AreInTheDataOfStaleSensitiveButtons()
    {
        var checklist = ChecklistCard.Build(CardSamples.AdaChecklist(), CardHost.Teams);
        var recheck = Find(checklist, CardActions.DeletionRecheck);

        Assert.Equal("card-ada-1", (string?)recheck["data"]!["cardId"]);
        Assert.Equal("case-ada", (string?)recheck["data"]!["caseId"]);
        Assert.Equal("card-ada-1", (string?)recheck["fallback"]!["data"]!["cardId"]);
    }

    [Fact]
    public void Data_RejectsAnActionOutsideTheContract()
    {
        Assert.Throws<ArgumentException>(() => CardActionFactory.Data("deletion.nuke"));
    }

    [Fact]
    public void Data_LeavesOutNullExtras()
    {
        var data = CardActionFactory.Data(CardActions.InvoicesSend, ("cardId", "c1"), ("caseId", null));

        Assert.Equal("""{"action":"invoices.send","cardId":"c1"}""", data.ToJsonString());
    }

    internal static JsonObject Find(JsonObject card, string action) =>
        CardJson.Actions(card).Single(a => (string?)a["data"]?["action"] == action);
}
