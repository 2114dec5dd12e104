using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The Connector of the built-in Direct Line server, answered in-process: sends and replies land in the
/// conversation's activity log (and so on the client's stream); update, delete and create conversation are refused
/// with 405 <c>BadArgument</c>, as Azure's Direct Line does.
/// </summary>
public sealed class DirectLineConnectorClient(DirectLineChannel channel, IDirectLineStore store) : IConnectorClient
{
    private const string NotSupported = "This channel does not support this operation";

    public string ServiceUrl => channel.Options.ServiceUrl;

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        AppendAsync("ReplyToActivity", conversationId, activityId, activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        AppendAsync("SendToConversation", conversationId, null, activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        throw new ConnectorException(405, "BadArgument", NotSupported);

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        throw new ConnectorException(405, "BadArgument", NotSupported);

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        throw new ConnectorException(405, "BadArgument", NotSupported);

    private async Task<ResourceResponse> AppendAsync(string operation, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.StartConnectorCall(operation, serverAddress: null);
        try
        {
            return await channel.AppendBotActivityAsync(conversationId, replyToId, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            BotTelemetry.Fail(span, e);
            throw;
        }
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException(404, "ConversationNotFound", "The conversation does not exist or has expired.");
        var members = new List<ChannelAccount> { channel.BotAccount };
        if (conversation.UserId is not null)
        {
            members.Add(new ChannelAccount(conversation.UserId, conversation.UserName, RoleTypes.User));
        }

        return members;
    }
}
