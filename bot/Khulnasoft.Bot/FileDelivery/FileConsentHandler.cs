using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// The answer to a Teams file consent card, the same for every feature that offers files (protocol doc §5.5): an
/// unknown action or a context that isn't the feature's → 400 (as the SDK answers); decline → the feature's note,
/// 200; a proof not made for this conversation and Teams user → the feature's refusal, 403; accept without an upload
/// URL → 400; otherwise the feature makes the file and uploads it (<see cref="AcceptAsync"/>).
/// </summary>
/// <typeparam name="TContext">The feature's accept/decline context (ids and a proof).</typeparam>
public abstract class FileConsentHandler<TContext> : IFileConsentHandler
    where TContext : class
{
    /// <summary>The note sent when the user declines.</summary>
    protected abstract string DeclinedText { get; }

    /// <summary>The note sent when the offer wasn't made to this user in this chat.</summary>
    protected abstract string RefusedText { get; }

    public bool Owns(JsonObject context) => ReadContext(context) is not null;

    public async Task<InvokeResponse> OnFileConsentAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        var context = ReadContext(response.Context);
        if (context is null || response.Action is not ("accept" or "decline"))
        {
            LogMalformed();
            return FileConsents.Error(400, "BadRequest", "The file consent is not one this bot offered.");
        }

        LogAnswered(context, response.Action);
        if (response.Action == "decline")
        {
            await turnContext.SendActivityAsync(DeclinedText, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var activity = turnContext.Activity;
        if (!IsProofFor(context, activity.Conversation?.Id ?? "", activity.From?.Id ?? ""))
        {
            return await RefuseAsync(turnContext, context, "the offer was not made to this user in this conversation", cancellationToken).ConfigureAwait(false);
        }

        var uploadInfo = response.UploadInfo;
        if (uploadInfo is null || string.IsNullOrEmpty(uploadInfo.UploadUrl))
        {
            LogMalformed();
            return FileConsents.Error(400, "BadRequest", "An accepted file consent needs uploadInfo.uploadUrl.");
        }

        return await AcceptAsync(turnContext, context, uploadInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation and Teams user an offer is made to (a consent proof binds both).</summary>
    /// <exception cref="InvalidOperationException">The activity lacks either.</exception>
    protected static (string ConversationId, string TeamsUserId) OfferTarget(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        var teamsUserId = activity.From?.Id;
        return string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(teamsUserId)
            ? throw new InvalidOperationException("A file consent offer needs the conversation id and the user's Teams id.")
            : (conversationId, teamsUserId);
    }

    /// <summary>The context Teams echoed back, or null when it is not one of this feature's offers.</summary>
    protected abstract TContext? ReadContext(JsonNode? context);

    /// <summary>Whether the context's proof was made for this conversation and Teams user.</summary>
    protected abstract bool IsProofFor(TContext context, string conversationId, string teamsUserId);

    /// <summary>Makes the accepted file and uploads it; the result is the invoke's answer (200 unless refused).</summary>
    protected abstract Task<InvokeResponse> AcceptAsync(ITurnContext turnContext, TContext context, FileUploadInfo uploadInfo, CancellationToken cancellationToken);

    protected abstract void LogAnswered(TContext context, string action);

    protected abstract void LogRefused(TContext context, string reason);

    protected abstract void LogMalformed();

    /// <summary>Says <see cref="RefusedText"/> and answers 403.</summary>
    protected async Task<InvokeResponse> RefuseAsync(ITurnContext turnContext, TContext context, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        LogRefused(context, reason);
        await turnContext.SendActivityAsync(RefusedText, cancellationToken: cancellationToken).ConfigureAwait(false);
        return FileConsents.Error(403, "Forbidden", "This file was not offered to this user.");
    }
}
