using System.Text.Json.Nodes;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Testing;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.TestSupport;
using ChannelIds = Khulnasoft.Bot.Runtime.Schema.Channels;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>Which turns vouch for a user, looked up in the real sandbox over HTTP.</summary>
public sealed class ChannelIdentityResolverTests(IdentitySandbox sandbox) : IClassFixture<IdentitySandbox>
{
    [Fact]
    public async Task Teams_OnAChannelToken_VouchesForTheEntraUser()
    {
        var activity = Teams(DemoUsers.Ada.AadObjectId);

        var vouched = await ResolveAsync(activity, AuthenticatedTurns.ChannelToken());

        Assert.Equal(new VouchedIdentity("user_ada", "ada@example.com", "Ada Lovelace", IdentitySource.TeamsEntra), vouched);
    }

    [Fact]
    public async Task Teams_TenantOnlyInTheConversation_StillVouches()
    {
        var activity = Teams(DemoUsers.Ben.AadObjectId);
        activity.ChannelData = null;

        var vouched = await ResolveAsync(activity, AuthenticatedTurns.ChannelToken());

        Assert.Equal("user_ben", vouched?.UserId);
    }

    [Fact]
    public async Task Teams_UnknownObjectIdOrOtherTenant_VouchesForNobody()
    {
        var unknown = Teams("f0000000-0000-4000-8000-00000000000f");
        var otherTenant = Teams(DemoUsers.Ada.AadObjectId);
        otherTenant.ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "11111111-2222-3333-4444-555555555555" } };

        Assert.Null(await ResolveAsync(unknown, AuthenticatedTurns.ChannelToken()));
        Assert.Null(await ResolveAsync(otherTenant, AuthenticatedTurns.ChannelToken()));
    }

    [Fact]
    public async Task Teams_InAnonymousModeOrWithoutAnIdentity_VouchesForNobody()
    {
        Assert.Null(await ResolveAsync(Teams(DemoUsers.Ada.AadObjectId), AuthenticatedTurns.Anonymous()));
        Assert.Null(await ResolveAsync(Teams(DemoUsers.Ada.AadObjectId), null));
        Assert.Null(await ResolveAsync(Teams(DemoUsers.Ada.AadObjectId), AuthenticatedTurns.DirectLine()));
    }

    [Theory]
    [InlineData("dl_ben@example.com")]
    [InlineData("dl_BEN@example.com")]
    [InlineData("dl_user_ben")]
    public async Task DirectLine_BoundUserId_VouchesForThatUser(string boundId)
    {
        var vouched = await ResolveAsync(DirectLine(boundId), AuthenticatedTurns.DirectLine());

        Assert.Equal(new VouchedIdentity("user_ben", "ben@example.com", "Ben Baker", IdentitySource.DirectLineBinding), vouched);
    }

    [Fact]
    public async Task AzureDirectLine_OnAChannelToken_VouchesForTheBoundUser()
    {
        var vouched = await ResolveAsync(DirectLine("dl_ben@example.com"), AuthenticatedTurns.ChannelToken());

        Assert.Equal("user_ben", vouched?.UserId);
    }

    [Theory]
    [InlineData("ben@example.com")]           // an id the page chose
    [InlineData("dl_")]                       // bound to nothing
    [InlineData("dl_nobody@example.com")]     // bound to an address nobody has
    [InlineData("dl_user_nobody")]            // bound to a user id that doesn't exist
    [InlineData("b2c1e0f4-6a3d-4e55-9a1f-2c7d8e9f0a1b")]
    public async Task DirectLine_WithoutABoundKnownUser_VouchesForNobody(string userId) =>
        Assert.Null(await ResolveAsync(DirectLine(userId), AuthenticatedTurns.DirectLine()));

    [Fact]
    public async Task BoundLookingIds_OnTurnsNotFromDirectLine_VouchForNobody()
    {
        var emulator = DirectLine("dl_ben@example.com");
        emulator.ChannelId = ChannelIds.Emulator;
        var test = DirectLine("dl_ben@example.com");
        test.ChannelId = ChannelIds.Test;

        Assert.Null(await ResolveAsync(DirectLine("dl_ben@example.com"), AuthenticatedTurns.Anonymous()));
        Assert.Null(await ResolveAsync(DirectLine("dl_ben@example.com"), null));
        Assert.Null(await ResolveAsync(emulator, AuthenticatedTurns.ChannelToken()));
        Assert.Null(await ResolveAsync(test, AuthenticatedTurns.ChannelToken()));
    }

    [Theory]
    [InlineData("channel", "user_ada", null)]
    [InlineData("directline", null, "unauthenticated")]
    [InlineData("anonymous", null, "unauthenticated")]
    [InlineData("none", null, "unauthenticated")]
    public async Task Identify_Teams_NamesTheUserOnlyOnAChannelToken_OtherwiseSaysWhy(string trust, string? userId, string? refusal)
    {
        var identity = await IdentifyAsync(Teams(DemoUsers.Ada.AadObjectId), Trust(trust));

        Assert.Equal(userId, identity.User?.Id);
        Assert.Equal(refusal, identity.Refusal);
        Assert.Equal(ChannelIds.Msteams, identity.Channel);
        Assert.Equal(userId is null ? null : IdentitySource.TeamsEntra, identity.Source);
    }

    [Fact]
    public async Task Identify_RefusalCodes_NameTheReasonWithoutPersonalData()
    {
        var noObjectId = Teams(DemoUsers.Ada.AadObjectId);
        noObjectId.From!.AadObjectId = null;

        Assert.Equal("no_entra_identity", (await IdentifyAsync(noObjectId, AuthenticatedTurns.ChannelToken())).Refusal);
        Assert.Equal("unknown_user", (await IdentifyAsync(Teams("f0000000-0000-4000-8000-00000000000f"), AuthenticatedTurns.ChannelToken())).Refusal);
        Assert.Equal("not_bound", (await IdentifyAsync(DirectLine("ben@example.com"), AuthenticatedTurns.DirectLine())).Refusal);
        Assert.Equal("not_bound", (await IdentifyAsync(DirectLine("dl_"), AuthenticatedTurns.DirectLine())).Refusal);
        Assert.Equal("unauthenticated", (await IdentifyAsync(DirectLine("dl_ben@example.com"), AuthenticatedTurns.Anonymous())).Refusal);
        Assert.Equal("unknown_user", (await IdentifyAsync(DirectLine("dl_user_nobody"), AuthenticatedTurns.DirectLine())).Refusal);
    }

    [Fact]
    public async Task TeamsCaller_IsTheEntraIdentity_OnlyOnAChannelAuthenticatedTeamsTurn()
    {
        var upperCase = Teams(DemoUsers.Ada.AadObjectId.ToUpperInvariant());

        Assert.Equal(new EntraCaller(DemoUsers.Ada.AadObjectId, DemoUsers.Tenant), await TeamsCallerAsync(upperCase, AuthenticatedTurns.ChannelToken()));
        Assert.Null(await TeamsCallerAsync(Teams(DemoUsers.Ada.AadObjectId), AuthenticatedTurns.Anonymous()));
        Assert.Null(await TeamsCallerAsync(Teams(DemoUsers.Ada.AadObjectId), AuthenticatedTurns.DirectLine()));
        Assert.Null(await TeamsCallerAsync(Teams(DemoUsers.Ada.AadObjectId), null));
        Assert.Null(await TeamsCallerAsync(DirectLine("dl_ben@example.com"), AuthenticatedTurns.ChannelToken()));
    }

    private static AuthenticatedTurns? Trust(string kind) => kind switch
    {
        "channel" => AuthenticatedTurns.ChannelToken(),
        "directline" => AuthenticatedTurns.DirectLine(),
        "anonymous" => AuthenticatedTurns.Anonymous(),
        _ => null,
    };

    private static Activity Teams(string objectId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount("29:" + objectId, "Someone", null, objectId),
        Recipient = new ChannelAccount("28:khulnasoft-bot", "Khulnasoft"),
        Conversation = new ConversationAccount("a:personal", null, false, "personal", DemoUsers.Tenant),
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoUsers.Tenant } },
        Text = "delete my account",
    };

    private static Activity DirectLine(string userId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelIds.Directline,
        ServiceUrl = "https://directline.khulnasoft-bot.internal/",
        From = new ChannelAccount(userId, null, RoleTypes.User),
        Recipient = new ChannelAccount("khulnasoft-bot", "Khulnasoft", RoleTypes.Bot),
        Conversation = new ConversationAccount("dl-conversation"),
        Text = "delete my account",
    };

    private async Task<VouchedIdentity?> ResolveAsync(Activity activity, IMiddleware? trust)
    {
        var resolver = sandbox.Services(IdentitySandbox.NewClock()).Resolver;
        VouchedIdentity? vouched = null;
        await RunTurnAsync(activity, trust, async (turn, ct) => vouched = await resolver.ResolveAsync(turn, ct));
        return vouched;
    }

    private async Task<ChannelIdentity> IdentifyAsync(Activity activity, IMiddleware? trust)
    {
        var resolver = sandbox.Services(IdentitySandbox.NewClock()).Resolver;
        ChannelIdentity? identity = null;
        await RunTurnAsync(activity, trust, async (turn, ct) => identity = await resolver.IdentifyAsync(turn, ct));
        return identity ?? throw new InvalidOperationException("The turn did not run.");
    }

    private static async Task<EntraCaller?> TeamsCallerAsync(Activity activity, IMiddleware? trust)
    {
        EntraCaller? caller = null;
        await RunTurnAsync(activity, trust, (turn, _) =>
        {
            caller = ChannelIdentityResolver.TeamsCaller(turn);
            return Task.CompletedTask;
        });
        return caller;
    }

    private static async Task RunTurnAsync(Activity activity, IMiddleware? trust, BotCallbackHandler callback)
    {
        // The adapter completes activities from its reference (conversation, recipient), so it is this activity's.
        using var adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Conversation = activity.Conversation,
            User = activity.From,
            Bot = activity.Recipient,
        });
        if (trust is not null)
        {
            adapter.Use(trust);
        }

        await adapter.ProcessActivityAsync(activity, callback);
    }
}
