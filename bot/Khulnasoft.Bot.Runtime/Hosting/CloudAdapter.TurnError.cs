using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.AspNetCore.Http;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>The adapter's turn error handler (the SDK's <c>OnTurnError</c>).</summary>
public partial class CloudAdapter
{
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
}
