using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Tests.Schema;

/// <summary>CreateReply, GetConversationReference and ApplyConversationReference with the SDK's semantics (protocol doc §1.4).</summary>
public sealed class ConversationReferenceTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    [Fact]
    public void CreateReply_SwapsFromAndRecipientAndRepliesToTheIncomingId()
    {
        var incoming = Read(ActivityRoundTripTests.TeamsCardSubmit);

        var reply = incoming.CreateReply("done");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("28:00000000-0000-0000-0000-000000000001", reply.From!.Id);
        Assert.Equal("Khulnasoft Bot", reply.From.Name);
        Assert.Equal("29:1AbC", reply.Recipient!.Id);
        Assert.Null(reply.Recipient.AadObjectId);
        Assert.Equal("a:1xYz", reply.Conversation!.Id);
        Assert.Equal("1712345678901", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("done", reply.Text);
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    [InlineData("msteams", "cu-1")]
    [InlineData("emulator", "cu-1")]
    public void ConversationUpdate_OnDirectLineAndWebChat_HasNoReplyToId(string channelId, string? expected)
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = "cu-1",
            ChannelId = channelId,
            Conversation = new ConversationAccount("c1"),
            From = new ChannelAccount("u1"),
            Recipient = new ChannelAccount("b1"),
        };

        Assert.Equal(expected, incoming.CreateReply().ReplyToId);
        Assert.Equal(expected, incoming.GetConversationReference().ActivityId);
    }

    [Fact]
    public void GetConversationReference_KeepsWhatAProactiveMessageNeeds()
    {
        var incoming = Read(ActivityRoundTripTests.TeamsExecuteInvoke);

        var reference = incoming.GetConversationReference();

        Assert.Equal("f:5566", reference.ActivityId);
        Assert.Equal("29:approver", reference.User!.Id);
        Assert.Equal("28:bot", reference.Bot!.Id);
        Assert.Equal("19:abc@thread.v2", reference.Conversation!.Id);
        Assert.Equal("72f9", reference.Conversation.TenantId);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
    }

    [Fact]
    public void ApplyConversationReference_RoutesAnOutgoingActivityFromTheBot()
    {
        var reference = Read(ActivityRoundTripTests.TeamsCardSubmit).GetConversationReference();
        var outgoing = new Activity { Type = ActivityTypes.Message, Text = "x", Locale = "de-DE" };

        outgoing.ApplyConversationReference(reference);

        Assert.Equal("28:00000000-0000-0000-0000-000000000001", outgoing.From!.Id);
        Assert.Equal("29:1AbC", outgoing.Recipient!.Id);
        Assert.Equal("a:1xYz", outgoing.Conversation!.Id);
        Assert.Equal("msteams", outgoing.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", outgoing.ServiceUrl);
        Assert.Equal("1712345678901", outgoing.ReplyToId);
        Assert.Equal("de-DE", outgoing.Locale);
    }

    [Fact]
    public void ConversationReference_RoundTripsThroughJson()
    {
        var reference = Read(ActivityRoundTripTests.TeamsCardSubmit).GetConversationReference();

        var copy = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, BotJson.Options), BotJson.Options)!;

        Assert.Equal(JsonSerializer.Serialize(reference, BotJson.Options), JsonSerializer.Serialize(copy, BotJson.Options));
        Assert.Equal("72f9-db47", copy.Conversation!.TenantId);
    }
}
