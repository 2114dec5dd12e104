using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Auth;
using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>
/// The HTTP adapter, shaped like the SDK's <c>CloudAdapter</c>: authenticates a POSTed activity, runs the turn
/// through the middleware registered in DI, sends the bot's replies through the Connector during the turn, and
/// answers the request (protocol doc §2.4): 200 empty, 200 <c>{"activities":[…]}</c> for <c>expectReplies</c>, or
/// the invoke response. <see cref="ProcessActivityAsync"/> is the single entry point of a turn; in-process channels
/// call it directly.
/// </summary>
public partial class CloudAdapter : BotAdapter
{
    /// <summary>Turn-state key of the OAuth scope replies are sent with (null: the configured default).</summary>
    public const string OAuthScopeKey = "Microsoft.Bot.Builder.BotAdapter.OAuthScope";

    /// <summary>Turn-state key set (to true) on proactive turns started by <see cref="ContinueConversationAsync"/>.</summary>
    public const string ProactiveTurnKey = "Khulnasoft.ProactiveTurn";

    /// <summary>What the user is told when a turn fails, unless the host supplies an <see cref="ITurnErrorMessage"/>; <c>{0}</c> is the correlation id.</summary>
    public const string ErrorMessageFormat = "Sorry, something went wrong on our side. If it keeps happening, contact support and quote reference {0}.";

    private static readonly byte[] ActivitiesPrefix = "{\"activities\":"u8.ToArray();
    private static readonly byte[] ObjectEnd = "}"u8.ToArray();

    private readonly IBotAuthenticator _authenticator;
    private readonly IConnectorClientFactory _connectors;
    private readonly IReadOnlyList<ITurnErrorCleanup> _cleanups;
    private readonly ITurnErrorMessage _errorMessage;
    private readonly BotHostingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly BotMetrics _metrics;
    private readonly ILogger _logger;
    private volatile string? _lastValidServiceUrl;

    public CloudAdapter(
        IBotAuthenticator authenticator,
        IConnectorClientFactory connectors,
        IEnumerable<IMiddleware> middleware,
        IEnumerable<ITurnErrorCleanup> cleanups,
        ITurnErrorMessage errorMessage,
        IOptions<BotHostingOptions> options,
        TimeProvider timeProvider,
        BotMetrics metrics,
        ILogger<CloudAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(options);
        _authenticator = authenticator ?? throw new ArgumentNullException(nameof(authenticator));
        _connectors = connectors ?? throw new ArgumentNullException(nameof(connectors));
        _cleanups = [.. cleanups];
        _errorMessage = errorMessage ?? throw new ArgumentNullException(nameof(errorMessage));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));

        // Registration order is pipeline order (e.g. the per-conversation turn gate before state).
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = HandleTurnErrorAsync;
    }

    /// <summary>Handles one POST to the messaging endpoint: validate, authenticate, run the turn, answer.</summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(bot);

        if (!HttpMethods.IsPost(request.Method))
        {
            response.Headers.Allow = "POST";
            await RefuseAsync(response, StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"The messaging endpoint accepts POST only, not {request.Method}.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!IsJson(request.ContentType))
        {
            await RefuseAsync(response, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The body must be an activity sent as application/json.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await LimitedRequestBody.ReadAsync(request, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(response, StatusCodes.Status413PayloadTooLarge, "Activity too large", $"The body is larger than {_options.MaxRequestBodyBytes} bytes.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = ActivityJsonReader.Read(body, out var unreadable);
        if (activity is null)
        {
            // Before the turn: a field of the wrong shape ("timestamp": "yesterday") or text that is not Unicode.
            await RefuseAsync(response, StatusCodes.Status400BadRequest, unreadable.Field is null ? "Invalid JSON" : "Invalid activity", unreadable.Detail, unreadable.Field, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (Invalid(activity) is { } problem)
        {
            await RefuseAsync(response, StatusCodes.Status400BadRequest, "Invalid activity", problem.Detail, problem.Field, cancellationToken).ConfigureAwait(false);
            return;
        }

        ClaimsIdentity identity;
        try
        {
            identity = await _authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
        }
        catch (BotAuthenticationException ex)
        {
            response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(response, StatusCodes.Status401Unauthorized, "Unauthorized", ex.Message, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (BotAuthenticationUnavailableException)
        {
            // Logged by the authenticator. Not the channel's fault: it re-delivers after a 503.
            response.Headers.RetryAfter = _options.StorageUnavailableRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(response, StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The bot cannot verify tokens right now. Retry later.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        InvokeResponse? result;
        try
        {
            result = await ProcessActivityAsync(identity, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStorageUnavailable(ex))
        {
            // The channel re-delivers on 503; the turn did not commit, so nothing is lost.
            LogStorageUnavailable(_logger, activity.Type, activity.ChannelId, ex);
            _metrics.StorageUnavailableAnswered("messages");
            response.Headers.RetryAfter = _options.StorageUnavailableRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await RefuseAsync(response, StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The bot's storage is unavailable. Retry later.", null, cancellationToken).ConfigureAwait(false);
            return;
        }

        await WriteResultAsync(response, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one turn for an activity already authenticated as <paramref name="identity"/> (SDK semantics): sets
    /// <see cref="Activity.CallerId"/> from the identity (never from the wire), stores the identity and a correlation
    /// id in turn state, and returns the answer: <see cref="ExpectedReplies"/> as a 200 body for
    /// <c>expectReplies</c>, the invoke response (501 when the bot produced none) for invokes, else null.
    /// A <see cref="StorageUnavailableException"/> escapes to the caller (the HTTP endpoint answers 503).
    /// </summary>
    public override async Task<InvokeResponse?> ProcessActivityAsync(ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);

        activity.CallerId = _authenticator.GetCallerId(identity);
        using var context = new TurnContext(this, activity);
        using var telemetry = TurnScope.Start(context, _metrics, _timeProvider, proactive: false);
        context.TurnState[BotIdentityKey] = identity;
        context.TurnState[CorrelationIdKey] = NewCorrelationId();
        await RunTrackedPipelineAsync(context, telemetry, callback, cancellationToken).ConfigureAwait(false);

        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            var buffered = context.BufferedReplyActivities;
            var serialized = context.TurnState.Get<SerializedReplies>(SerializedReplies.Key);
            return InvokeResponse.ForReplies(new ExpectedReplies(buffered), serialized?.Count == buffered.Count ? serialized.Json : null);
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return InvokeResponses.FromTurnState(context.TurnState) ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
        }

        return null;
    }

    /// <summary>
    /// Starts a proactive turn in the referenced conversation (protocol doc §1.4): a <c>ContinueConversation</c>
    /// event runs through the middleware and then <paramref name="callback"/>, which sends through the Connector.
    /// Unlike a channel's turn, a failure is not apologised for: it is logged and re-thrown, so a job can retry.
    /// </summary>
    public override async Task ContinueConversationAsync(string? botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            throw new ArgumentException("The conversation reference needs a serviceUrl and a conversation id.", nameof(reference));
        }

        using var context = new TurnContext(this, reference.GetContinuationActivity(Guid.NewGuid().ToString()));
        using var telemetry = TurnScope.Start(context, _metrics, _timeProvider, proactive: true);
        context.TurnState[BotIdentityKey] = BotIdentities.ForBot(botAppId);
        context.TurnState[CorrelationIdKey] = NewCorrelationId();
        context.TurnState[ProactiveTurnKey] = true;
        await RunTrackedPipelineAsync(context, telemetry, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the pipeline and records on the turn's telemetry how it ended (an exception still escapes).</summary>
    private async Task RunTrackedPipelineAsync(TurnContext context, TurnScope telemetry, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            telemetry.SetOutcome(TurnOutcomes.Cancelled);
            throw;
        }
        catch (Exception ex)
        {
            telemetry.Fail(ex, IsStorageUnavailable(ex) ? TurnOutcomes.StorageUnavailable : TurnOutcomes.Error);
            throw;
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.IsType(ActivityTypes.Delay))
            {
                await Task.Delay(DelayOf(activity), _timeProvider, cancellationToken).ConfigureAwait(false);
                responses[i] = new ResourceResponse(string.Empty);
            }
            else if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
                responses[i] = new ResourceResponse(string.Empty);
            }
            else if (activity.IsType(ActivityTypes.Trace) && !string.Equals(activity.ChannelId, Channels.Emulator, StringComparison.Ordinal))
            {
                // SDK: traces only go to the Emulator.
                responses[i] = new ResourceResponse(string.Empty);
            }
            else
            {
                if (turnContext.TurnState.Get<bool>(ProactiveTurnKey)
                    && string.Equals(activity.ReplyToId, turnContext.Activity.Id, StringComparison.Ordinal))
                {
                    // The ContinueConversation event's id is ours, not the channel's: there is nothing to reply to.
                    activity.ReplyToId = null;
                }

                var (client, conversationId) = ConnectorFor(turnContext, activity);
                responses[i] = string.IsNullOrEmpty(activity.ReplyToId)
                    ? await client.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
                    : await client.ReplyToActivityAsync(conversationId, activity.ReplyToId, activity, cancellationToken).ConfigureAwait(false);
            }
        }

        return responses;
    }

    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("The activity to update needs its id.", nameof(activity));
        }

        var (client, conversationId) = ConnectorFor(turnContext, activity);
        return await client.UpdateActivityAsync(conversationId, activity.Id, activity, cancellationToken).ConfigureAwait(false);
    }

    public override async Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reference);
        if (string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id) || string.IsNullOrEmpty(reference.ActivityId))
        {
            throw new ArgumentException("Deleting an activity needs a serviceUrl, a conversation id and an activity id.", nameof(reference));
        }

        var client = _connectors.Create(reference.ServiceUrl, turnContext.TurnState.Get<string>(OAuthScopeKey));
        await client.DeleteActivityAsync(reference.Conversation.Id, reference.ActivityId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The turn error handler: logs the exception with the turn's correlation id, tells the user (never the
    /// exception text), answers a failed invoke with 500, then runs the <see cref="ITurnErrorCleanup"/>s.
    /// Storage outages and proactive failures are re-thrown instead (503 for the channel; a retry for a job).
    /// </summary>
    protected virtual async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (IsStorageUnavailable(exception))
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        var correlationId = turnContext.TurnState.Get<string>(CorrelationIdKey) ?? NewCorrelationId();
        var activity = turnContext.Activity;
        TurnScope.Of(turnContext)?.Fail(exception);
        TurnScope.Of(turnContext)?.Activity?.SetTag(BotTelemetry.CorrelationIdAttribute, correlationId);
        LogTurnFailed(_logger, correlationId, activity.Type, activity.ChannelId, activity.Name, exception);
        if (turnContext.TurnState.Get<bool>(ProactiveTurnKey))
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        var message = _errorMessage.For(turnContext, correlationId);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            turnContext.TurnState[InvokeResponseKey] = InvokeResponses.ToActivity(new InvokeResponse(StatusCodes.Status500InternalServerError, InvokeErrorBody(activity, message)));
        }
        else
        {
            try
            {
                await turnContext.SendActivityAsync(message, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception sendException)
            {
                LogApologyFailed(_logger, correlationId, sendException);
            }
        }

        foreach (var cleanup in _cleanups)
        {
            try
            {
                await cleanup.CleanUpAsync(turnContext, exception, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception cleanupException)
            {
                LogCleanupFailed(_logger, correlationId, cleanup.GetType().Name, cleanupException);
            }
        }
    }

    private static JsonNode? InvokeErrorBody(Activity activity, string message) =>
        string.Equals(activity.Name, ActivityHandler.AdaptiveCardActionInvoke, StringComparison.Ordinal)
            ? JsonSerializer.SerializeToNode(AdaptiveCardInvokeResponse.Error(StatusCodes.Status500InternalServerError, "InternalError", message), BotJson.Options)
            : new JsonObject { ["error"] = new JsonObject { ["code"] = "InternalError", ["message"] = message } };

    private (IConnectorClient Client, string ConversationId) ConnectorFor(ITurnContext turnContext, Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            throw new InvalidOperationException("The activity has no serviceUrl to send it to.");
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            throw new InvalidOperationException("The activity has no conversation id.");
        }

        return (_connectors.Create(activity.ServiceUrl, turnContext.TurnState.Get<string>(OAuthScopeKey)), conversationId);
    }

    private static TimeSpan DelayOf(Activity activity)
    {
        var milliseconds = activity.Value is JsonValue value && value.TryGetValue<double>(out var number) ? number : 1000;
        return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, TimeSpan.FromMinutes(5).TotalMilliseconds));
    }

    private static bool IsStorageUnavailable(Exception exception) =>
        exception is StorageUnavailableException || exception.InnerException is StorageUnavailableException;

    private static string NewCorrelationId()
    {
        var current = System.Diagnostics.Activity.Current;
        // A log correlation id, not a secret: a random trace id (thread-local generator) is unique enough and costs no system call.
        return current is not null && current.TraceId != default ? current.TraceId.ToHexString() : System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private (string Detail, string Field)? Invalid(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ("The activity has no type.", "type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ("The activity has no conversation.id.", "conversation.id");
        }

        // Every channel sends both; the turn (state keys, identity, replies) needs them.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return ("The activity has no channelId.", "channelId");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return ("The activity has no from.id.", "from.id");
        }

        // Replies go to serviceUrl; only expectReplies (answered in the HTTP response) can do without it.
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return expectReplies ? null : ("The activity has no serviceUrl to send replies to.", "serviceUrl");
        }

        // A channel sends the same serviceUrl on every activity: the last one found valid is not parsed again.
        if (string.Equals(activity.ServiceUrl, _lastValidServiceUrl, StringComparison.Ordinal))
        {
            return null;
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return ("The activity's serviceUrl is not an absolute http(s) URL.", "serviceUrl");
        }

        _lastValidServiceUrl = activity.ServiceUrl;
        return null;
    }

    private async Task RefuseAsync(HttpResponse response, int status, string title, string detail, string? field, CancellationToken cancellationToken)
    {
        LogRefused(_logger, status, field ?? title);
        await ProblemResponses.WriteAsync(response, status, title, detail, field, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteResultAsync(HttpResponse response, InvokeResponse? result, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentLength = 0;
            return;
        }

        response.StatusCode = result.Status;
        if (result.PendingRepliesJson is { } repliesJson)
        {
            // expectReplies, and the turn gate already serialized exactly these replies (a JSON array) for its record.
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = ActivitiesPrefix.Length + repliesJson.Length + 1;
            var writer = response.BodyWriter;
            writer.Write(ActivitiesPrefix);
            writer.Write(repliesJson);
            writer.Write(ObjectEnd);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        byte[] bytes;
        if (result.PendingReplies is { } replies)
        {
            // expectReplies: the activities are serialized once, straight to the body (no JsonNode in between).
            bytes = JsonSerializer.SerializeToUtf8Bytes(replies, BotJson.Options);
        }
        else if (result.Body is { } body)
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
        }
        else
        {
            response.ContentLength = 0;
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
