using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>A fresh Teams conversation (personal or group) with a Teams user signed in with Ada's Entra object id.</summary>
public sealed record TeamsChat(string ConversationId, JsonObject Conversation, JsonObject User)
{
    public static TeamsChat Personal(string who)
    {
        var id = $"a:{who}-{Guid.NewGuid():N}";
        return new TeamsChat(id, FileActivities.TeamsPersonal(id), FileActivities.TeamsUser($"29:{who}-{Guid.NewGuid():N}", DemoUsers.Ada.AadObjectId));
    }

    public static TeamsChat Group()
    {
        var id = $"19:{Guid.NewGuid():N}@thread.v2";
        return new TeamsChat(id, FileActivities.TeamsGroupChat(id), FileActivities.TeamsUser($"29:ada-{Guid.NewGuid():N}", DemoUsers.Ada.AadObjectId));
    }
}
