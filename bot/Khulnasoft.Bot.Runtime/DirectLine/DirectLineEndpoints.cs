using Khulnasoft.Bot.Runtime.Connector;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>The REST side of Direct Line 3.0 under <c>/v3/directline</c> (protocol doc §4.1).</summary>
internal static class DirectLineEndpoints
{
    private const int PageSize = 100;

    public static RouteGroupBuilder MapDirectLineApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineHttp.BasePath);
        group.AddEndpointFilter(DirectLineCors.Filter);
        group.AddEndpointFilter(DirectLineOutage.Filter);
        group.MapMethods("{**path}", [HttpMethods.Options], DirectLineCors.Preflight);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", GetConversationAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/conversations/{conversationId}/upload", DirectLineUploadEndpoint.UploadAsync).RequireRateLimiting(DirectLineRateLimits.UploadPolicy);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        group.MapGet("/attachments/{attachmentId}", DirectLineUploadEndpoint.GetAttachmentAsync);
        return group;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext context, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        if (DirectLineHttp.Authenticate(context, tokens, out var caller) is { } denied)
        {
            return denied;
        }

        if (!caller.IsSecret)
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "BadArgument", "Generating a token needs the secret.");
        }

        var parameters = await ReadParametersAsync(context, cancellationToken).ConfigureAwait(false);
        if (parameters is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON token parameters.");
        }

        var user = parameters.User;
        if (user?.Id is { } userId && !userId.StartsWith(DirectLineChannel.BoundUserPrefix, StringComparison.Ordinal))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "A user id bound into a token must start with 'dl_'.");
        }

        var (token, claims) = tokens.IssueConversationToken(DirectLineTokenService.NewConversationId(), user?.Id, user?.Name);
        return DirectLineHttp.Json(new DirectLineConversationInfo
        {
            ConversationId = claims.ConversationId,
            Token = token,
            ExpiresIn = ExpiresIn(claims),
        });
    }

    private static IResult RefreshToken(HttpContext context, DirectLineTokenService tokens)
    {
        if (DirectLineHttp.Authenticate(context, tokens, out var caller) is { } denied)
        {
            return denied;
        }

        if (caller.Token is not { } current)
        {
            return DirectLineHttp.Error(StatusCodes.Status403Forbidden, "BadArgument", "Only a token can be refreshed.");
        }

        var (token, claims) = tokens.IssueConversationToken(current.ConversationId, current.UserId, current.UserName);
        return DirectLineHttp.Json(new DirectLineConversationInfo
        {
            ConversationId = claims.ConversationId,
            Token = token,
            ExpiresIn = ExpiresIn(claims),
        });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext context,
        DirectLineTokenService tokens,
        DirectLineChannel channel,
        [FromServices] BotAdapter adapter,
        [FromServices] IBot bot,
        CancellationToken cancellationToken)
    {
        if (DirectLineHttp.Authenticate(context, tokens, out var caller) is { } denied)
        {
            return denied;
        }

        var parameters = await ReadParametersAsync(context, cancellationToken).ConfigureAwait(false) ?? new DirectLineTokenParameters();
        var conversationId = caller.Token?.ConversationId ?? DirectLineTokenService.NewConversationId();
        var boundUser = caller.Token?.UserId is { } boundId ? new ChannelAccount(boundId, caller.Token.UserName) : null;
        var clientUser = parameters.User?.Id is { Length: > 0 } clientId && !clientId.StartsWith(DirectLineChannel.BoundUserPrefix, StringComparison.Ordinal)
            ? new ChannelAccount(clientId, parameters.User.Name)
            : null;

        var (conversation, created) = await channel.StartAsync(conversationId, boundUser?.Id, boundUser?.Name, parameters.Locale, cancellationToken).ConfigureAwait(false);
        var (token, claims) = tokens.IssueConversationToken(conversation.Id, caller.Token?.UserId, caller.Token?.UserName);

        // With a known user the bot hears about the conversation now; otherwise on the user's first activity (as Azure).
        if ((boundUser ?? clientUser) is { } user)
        {
            try
            {
                await channel.SendMembersAddedOnceAsync(conversation, user, adapter, bot, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException e)
            {
                return DirectLineHttp.Error(e);
            }
        }

        return DirectLineHttp.Json(
            new DirectLineConversationInfo
            {
                ConversationId = conversation.Id,
                Token = token,
                ExpiresIn = ExpiresIn(claims),
                StreamUrl = DirectLineHttp.StreamUrl(context, channel.Options, conversation.Id, tokens.IssueStreamToken(claims), 0),
            },
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> GetConversationAsync(
        string conversationId,
        string? watermark,
        HttpContext context,
        DirectLineTokenService tokens,
        DirectLineChannel channel,
        IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        if (DirectLineHttp.AuthorizeConversation(context, tokens, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        if (!DirectLineActivityIds.TryParseWatermark(watermark, out var from))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        }

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        var (token, claims) = caller.Token is { } current
            ? (caller.Bearer, current)
            : tokens.IssueConversationToken(conversation.Id, conversation.UserId, conversation.UserName);
        return DirectLineHttp.Json(new DirectLineConversationInfo
        {
            ConversationId = conversation.Id,
            Token = token,
            StreamUrl = DirectLineHttp.StreamUrl(context, channel.Options, conversation.Id, tokens.IssueStreamToken(claims), string.IsNullOrEmpty(watermark) ? null : from),
        });
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        HttpContext context,
        DirectLineTokenService tokens,
        IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        if (DirectLineHttp.AuthorizeConversation(context, tokens, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        if (!DirectLineActivityIds.TryParseWatermark(watermark, out var from))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");
        }

        if (await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        var page = await store.GetActivitiesAsync(conversationId, from, PageSize, cancellationToken).ConfigureAwait(false);
        return DirectLineHttp.Json(new DirectLineActivitySet(page.Activities, DirectLineActivityIds.Watermark(page.Watermark)));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext context,
        DirectLineTokenService tokens,
        DirectLineChannel channel,
        IDirectLineStore store,
        [FromServices] BotAdapter adapter,
        [FromServices] IBot bot,
        CancellationToken cancellationToken)
    {
        if (DirectLineHttp.AuthorizeConversation(context, tokens, conversationId, out var caller) is { } denied)
        {
            return denied;
        }

        var body = await LimitedRequestBody.ReadAsync(context.Request, channel.Options.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineHttp.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is larger than the channel accepts.");
        }

        var activity = ActivityJsonReader.Read(body, out var unreadable);
        if (activity is null && unreadable.Field is { } field and not "$")
        {
            return DirectLineHttp.Problem(StatusCodes.Status400BadRequest, "BadArgument", "Invalid activity", unreadable.Detail, field);
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineHttp.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The body must be an activity with a type.");
        }

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineHttp.ConversationNotFound();
        }

        return await PostUserActivityAsync(channel, conversation, activity, caller.Token, adapter, bot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Echoes the user's activity into the conversation, then hands it to the bot; 200 <c>{id}</c>.</summary>
    internal static async Task<IResult> PostUserActivityAsync(
        DirectLineChannel channel,
        DirectLineConversation conversation,
        Activity activity,
        DirectLineToken? token,
        BotAdapter adapter,
        IBot bot,
        CancellationToken cancellationToken)
    {
        try
        {
            var stamped = await channel.AppendUserActivityAsync(conversation.Id, activity, token, cancellationToken).ConfigureAwait(false);
            await channel.SendMembersAddedOnceAsync(conversation, stamped.From!, adapter, bot, cancellationToken).ConfigureAwait(false);
            await channel.DeliverAsync(stamped, adapter, bot, cancellationToken).ConfigureAwait(false);
            return DirectLineHttp.Json(new ResourceResponse(stamped.Id));
        }
        catch (ConnectorException e)
        {
            return DirectLineHttp.Error(e);
        }
    }

    private static async Task<DirectLineTokenParameters?> ReadParametersAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var body = await LimitedRequestBody.ReadAsync(context.Request, 16 * 1024, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return null;
        }

        if (body.Length == 0)
        {
            return new DirectLineTokenParameters();
        }

        try
        {
            return JsonSerializer.Deserialize<DirectLineTokenParameters>(body, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int ExpiresIn(DirectLineToken claims) => (int)(claims.ExpiresAt - claims.IssuedAt).TotalSeconds;
}
