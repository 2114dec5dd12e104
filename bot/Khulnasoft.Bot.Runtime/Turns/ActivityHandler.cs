using System.Text.Json;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>
/// Dispatches each activity to an <c>On…</c> method by type, like the SDK's <c>ActivityHandler</c>.
/// Invokes are answered synchronously: a handled invoke produces an <see cref="InvokeResponse"/>; an unhandled one 501.
/// </summary>
public class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    public const string FileConsentInvoke = "fileConsent/invoke";

    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                var response = await OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                if (response is not null && !turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
                {
                    await turnContext.SendActivityAsync(InvokeResponses.ToActivity(response), cancellationToken).ConfigureAwait(false);
                }

                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageUpdate:
                await OnMessageUpdateActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.MessageDelete:
                await OnMessageDeleteActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added && added.Exists(m => m.Id != activity.Recipient?.Id))
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }
        else if (activity.MembersRemoved is { Count: > 0 } removed && removed.Exists(m => m.Id != activity.Recipient?.Id))
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (turnContext.Activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return string.Equals(turnContext.Activity.Name, "tokens/response", StringComparison.Ordinal)
            ? OnTokenResponseEventAsync(turnContext, cancellationToken)
            : OnEventAsync(turnContext, cancellationToken);
    }

    protected virtual Task OnTokenResponseEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Any event not handled above (A5002: unknown event names are ignored).</summary>
    protected virtual Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Dispatches known invoke names; returns the response, or 501 when no handler exists.</summary>
    protected virtual async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            switch (turnContext.Activity.Name)
            {
                case AdaptiveCardActionInvoke:
                    var invokeValue = GetAdaptiveCardInvokeValue(turnContext.Activity);
                    var cardResponse = await OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken).ConfigureAwait(false);
                    return new InvokeResponse(200, JsonSerializer.SerializeToNode(cardResponse, BotJson.Options));
                case FileConsentInvoke:
                    return await OnFileConsentAsync(turnContext, GetFileConsentValue(turnContext.Activity), cancellationToken).ConfigureAwait(false);
                default:
                    return await OnUnhandledInvokeAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InvokeResponseException e)
        {
            return e.ToInvokeResponse();
        }
    }

    /// <summary>An invoke with a name no handler knows: 501 Not Implemented (SDK behaviour).</summary>
    protected virtual Task<InvokeResponse> OnUnhandledInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501));

    /// <summary>Handles <c>adaptiveCard/action</c> (Action.Execute); the default says it isn't implemented.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(501);

    /// <summary>Handles <c>fileConsent/invoke</c>: accept or decline; an unknown action is 400 (SDK behaviour).</summary>
    protected virtual async Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (response.Action)
        {
            case "accept":
                await OnFileConsentAcceptAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(200);
            case "decline":
                await OnFileConsentDeclineAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(200);
            default:
                return new InvokeResponse(400, ErrorBody("BadRequest", $"{response.Action} is not a supported Action."));
        }
    }

    protected virtual Task OnFileConsentAcceptAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(501);

    protected virtual Task OnFileConsentDeclineAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken) =>
        throw new InvokeResponseException(501);

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageDeleteActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Unknown activity types are ignored (A2014).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private static AdaptiveCardInvokeValue GetAdaptiveCardInvokeValue(Activity activity)
    {
        if (activity.Value is not JsonObject)
        {
            throw new InvokeResponseException(400, CardError("BadRequest", "Missing value property"));
        }

        AdaptiveCardInvokeValue? value;
        try
        {
            value = activity.Value.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
        }
        catch (JsonException)
        {
            throw new InvokeResponseException(400, CardError("BadRequest", "Value property is not properly formed"));
        }

        if (value?.Action is null)
        {
            throw new InvokeResponseException(400, CardError("BadRequest", "Missing action property"));
        }

        if (!string.Equals(value.Action.Type, "Action.Execute", StringComparison.Ordinal))
        {
            throw new InvokeResponseException(400, CardError("NotSupported", $"The action '{value.Action.Type}' is not supported."));
        }

        return value;
    }

    private static FileConsentCardResponse GetFileConsentValue(Activity activity)
    {
        try
        {
            return activity.Value?.Deserialize<FileConsentCardResponse>(BotJson.Options)
                ?? throw new InvokeResponseException(400, ErrorBody("BadRequest", "Missing value property"));
        }
        catch (JsonException)
        {
            throw new InvokeResponseException(400, ErrorBody("BadRequest", "Value property is not properly formed"));
        }
    }

    private static JsonNode? CardError(string code, string message) =>
        JsonSerializer.SerializeToNode(AdaptiveCardInvokeResponse.Error(400, code, message), BotJson.Options);

    private static JsonObject ErrorBody(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
