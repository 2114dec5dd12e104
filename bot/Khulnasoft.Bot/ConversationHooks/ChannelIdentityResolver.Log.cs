namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>Log events of the channel identity check (4610–4611, in the identity range). Never an email address or a user id.</summary>
public sealed partial class ChannelIdentityResolver
{
    [LoggerMessage(EventId = 4610, EventName = "VouchedIdentityFound", Level = LogLevel.Information, Message = "The {Channel} channel vouches for a Khulnasoft user ({Source})")]
    private static partial void LogVouchedIdentityFound(ILogger logger, string channel, IdentitySource source);

    [LoggerMessage(EventId = 4611, EventName = "NoVouchedIdentity", Level = LogLevel.Information, Message = "No vouched identity on the {Channel} channel: {Reason}")]
    private static partial void LogNoVouchedIdentity(ILogger logger, string channel, string reason);
}
