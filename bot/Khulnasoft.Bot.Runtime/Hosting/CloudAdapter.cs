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

    private readonly IBotAuthenticator _authenticator;
    private readonly IConnectorClientFactory _connectors;
    private readonly IReadOnlyList<ITurnErrorCleanup> _cleanups;
    private readonly ITurnErrorMessage _errorMessage;
    private readonly BotHostingOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly BotMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ActivityRequestValidator _validator = new();

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

        if (!ActivityRequestValidator.IsJson(request.ContentType))
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

        if (_validator.Invalid(activity) is { } problem)
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

        await TurnResponseWriter.WriteAsync(response, result, cancellationToken).ConfigureAwait(false);
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

    private async Task RefuseAsync(HttpResponse response, int status, string title, string detail, string? field, CancellationToken cancellationToken)
    {
        LogRefused(_logger, status, field ?? title);
        await ProblemResponses.WriteAsync(response, status, title, detail, field, cancellationToken).ConfigureAwait(false);
    }

}
