using Khulnasoft.Bot.Runtime.Connector;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// A Teams group chat or channel never shows account details: help and the fallback are answered there, anything
/// about an account continues in a personal chat the bot opens with the user (Teams creates it with the user's id in
/// this tenant).
/// </summary>
public sealed partial class GroupConversations(IConnectorClientFactory connectors, ConversationHelp help, ILogger<GroupConversations> logger)
{
    public static string GroupPrivacy => ConversationTexts.GroupPrivacy;

    public async Task AnswerAsync(ITurnContext turnContext, ConversationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        switch (command)
        {
            case ConversationCommand.Help:
                await help.SendAsync(turnContext, cancellationToken).ConfigureAwait(false);
                return;
            case ConversationCommand.None or ConversationCommand.Cancel:
                await turnContext.SendActivityAsync(KhulnasoftActivityHandler.Fallback, cancellationToken: cancellationToken).ConfigureAwait(false);
                return;
        }

        var activity = turnContext.Activity;
        var opened = false;
        try
        {
            var parameters = new ConversationParameters
            {
                IsGroup = false,
                Bot = activity.Recipient,
                Members = [new ChannelAccount(activity.From?.Id ?? string.Empty, activity.From?.Name)],
                TenantId = activity.Conversation?.TenantId,
            };
            if (CardMessages.IsTeams(activity) && activity.ServiceUrl is { } serviceUrl)
            {
                var connector = connectors.Create(serviceUrl);
                var created = await connector.CreateConversationAsync(parameters, cancellationToken).ConfigureAwait(false);
                var personal = Activity.CreateMessageActivity(ConversationTexts.GroupPersonalHello);
                personal.From = activity.Recipient;
                personal.Recipient = activity.From;
                personal.Conversation = new ConversationAccount { Id = created.Id, TenantId = activity.Conversation?.TenantId };
                await connector.SendToConversationAsync(created.Id!, personal, cancellationToken).ConfigureAwait(false);
                opened = true;
            }
        }
        catch (ConnectorException e)
        {
            LogPersonalChatFailed(logger, e.StatusCode);
        }

        await turnContext.SendActivityAsync(opened ? GroupPrivacy
            : ConversationTexts.GroupOpenPersonal,
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5002, EventName = "LogPersonalChatFailed", Level = LogLevel.Warning, Message = "Could not open a personal chat from a group conversation (connector status {Status}).")]
    private static partial void LogPersonalChatFailed(ILogger logger, int status);
}
