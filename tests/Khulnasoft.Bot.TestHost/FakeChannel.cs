using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.TestHost;

/// <summary>
/// A channel's Connector service (Teams-shaped) on a loopback port (Kestrel). It records what the bot sends
/// (<see cref="Sent"/>: new activities and replies; <see cref="Updated"/>: PUT updates; <see cref="Deleted"/>), and
/// answers create-conversation (<see cref="Created"/> records the parameters) with a new conversation id.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;

    private FakeChannel(WebApplication app) => _app = app;

    /// <summary>Every activity posted (path + activity) in arrival order; its id is <see cref="ActivityIdOf"/>.</summary>
    public ConcurrentQueue<(string Path, Activity Activity)> Sent { get; } = new();

    /// <summary>Every update (PUT): conversation id, activity id, the new activity.</summary>
    public ConcurrentQueue<(string ConversationId, string ActivityId, Activity Activity)> Updated { get; } = new();

    public ConcurrentQueue<(string ConversationId, string ActivityId)> Deleted { get; } = new();

    /// <summary>Every create-conversation call: the parameters as sent and the id that was returned.</summary>
    public ConcurrentQueue<(JsonObject Parameters, string ConversationId)> Created { get; } = new();

    /// <summary>Activity id the fake returned for each posted activity (same order as <see cref="Sent"/>).</summary>
    public ConcurrentDictionary<Activity, string> ActivityIdOf { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The <c>Authorization</c> header of every call, in arrival order (empty string when there was none).</summary>
    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        app.Use(async (context, next) =>
        {
            channel.Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
            await next(context);
        });

        async Task<IResult> Post(HttpContext context)
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, BotJson.Options);
            var id = "act-" + Interlocked.Increment(ref channel._ids);
            channel.ActivityIdOf[activity!] = id;
            channel.Sent.Enqueue((context.Request.Path, activity!));
            return Results.Json(new { id }, statusCode: 201);
        }

        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) => Post(context));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext context, string conversationId, string replyToId) => Post(context));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpContext context, string conversationId, string activityId) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, BotJson.Options);
            channel.Updated.Enqueue((conversationId, activityId, activity!));
            return Results.Json(new { id = activityId });
        });
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId) =>
        {
            channel.Deleted.Enqueue((conversationId, activityId));
            return Results.Ok();
        });
        app.MapPost("/v3/conversations", async (HttpContext context) =>
        {
            var parameters = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body);
            var id = "a:personal-" + Interlocked.Increment(ref channel._ids);
            channel.Created.Enqueue((parameters!, id));
            return Results.Json(new { id, serviceUrl = channel.ServiceUrl }, statusCode: 201);
        });
        app.MapGet("/v3/conversations/{conversationId}/members", (string conversationId) => channel.MembersOf(conversationId));
        await app.StartAsync();
        channel.ServiceUrl = app.Urls.First().TrimEnd('/') + "/";
        return channel;
    }

    /// <summary>The texts of the activities posted into one conversation (new messages and replies), in order.</summary>
    public IReadOnlyList<string> TextsTo(string conversationId) =>
        [.. ActivitiesTo(conversationId).Select(a => a.Text ?? "")];

    /// <summary>The activities posted into one conversation (new messages and replies), in order.</summary>
    public IReadOnlyList<Activity> ActivitiesTo(string conversationId) =>
        [.. Sent.Where(s => s.Path.StartsWith($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", StringComparison.Ordinal)
            || s.Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal)).Select(s => s.Activity)];

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>The Teams user id (<c>29:…</c>) the fake gives a member created by Entra object id.</summary>
    public static string TeamsIdOf(string aadObjectId) => "29:" + aadObjectId;

    /// <summary>Get members of a conversation this fake created: the members of its parameters, with Teams ids.</summary>
    private IResult MembersOf(string conversationId)
    {
        var created = Created.FirstOrDefault(c => c.ConversationId == conversationId);
        if (created.Parameters is null)
        {
            return Results.Json(new { error = new { code = "ConversationNotFound", message = "Unknown conversation." } }, statusCode: 404);
        }

        var members = new JsonArray();
        foreach (var member in created.Parameters["members"]?.AsArray() ?? [])
        {
            var aad = member?["aadObjectId"]?.GetValue<string>() ?? member?["id"]?.GetValue<string>() ?? "";
            members.Add(new JsonObject { ["id"] = TeamsIdOf(aad), ["name"] = member?["name"]?.GetValue<string>(), ["aadObjectId"] = aad });
        }

        return Results.Json(members);
    }
}
