namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>Log events of the channel identity check (4650–4699, see docs/logging.md). Never an email address or a user id.</summary>
public sealed partial class ChannelIdentityResolver
{
    [LoggerMessage(EventId = 4650, EventName = "VouchedIdentityFound", Level = LogLevel.Information, Message = "The {Channel} channel vouches for a Khulnasoft user ({Source})")]
    private static partial void LogVouchedIdentityFound(ILogger logger, string channel, IdentitySource source);

    [LoggerMessage(EventId = 4651, EventName = "NoVouchedIdentity", Level = LogLevel.Information, Message = "No vouched identity on the {Channel} channel: {Reason}")]
    private static partial void LogNoVouchedIdentity(ILogger logger, string channel, string reason);
}
