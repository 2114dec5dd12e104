using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>The handoff's log events (76xx). Ids and states only: never names, emails or message text.</summary>
internal static partial class HandoffLog
{
    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Handoff {HandoffId} requested ({Reason}); {Candidates} agent(s) to ask")]
    public static partial void Requested(ILogger logger, string handoffId, HandoffReason reason, int candidates);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Warning, Message = "Handoff {HandoffId}: nobody could be offered the conversation")]
    public static partial void NoAgent(ILogger logger, string handoffId);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Information, Message = "Handoff {HandoffId} ended: {Ending}")]
    public static partial void Ended(ILogger logger, string handoffId, HandoffEnding ending);

    [LoggerMessage(EventId = 7604, Level = LogLevel.Warning, Message = "Agent {AgentId} could not be reached in Teams (connector status {Status})")]
    public static partial void AgentUnreachable(ILogger logger, string agentId, int status);

    [LoggerMessage(EventId = 7605, Level = LogLevel.Warning, Message = "A message to an agent's chat failed (connector status {Status})")]
    public static partial void AgentSendFailed(ILogger logger, int status);

    [LoggerMessage(EventId = 7606, Level = LogLevel.Information, Message = "Handoff {HandoffId}: the channel refused handoff.initiate (connector status {Status}); the built-in hub continues")]
    public static partial void InitiationRefused(ILogger logger, string handoffId, int status);

    [LoggerMessage(EventId = 7607, Level = LogLevel.Warning, Message = "The CSM of account {AccountId} could not be looked up; the support team is asked instead")]
    public static partial void CsmLookupFailed(ILogger logger, string accountId, Exception exception);

    [LoggerMessage(EventId = 7608, Level = LogLevel.Information, Message = "The CSM of account {AccountId} has no Entra identity, so cannot be reached in Teams")]
    public static partial void CsmWithoutEntra(ILogger logger, string accountId);

    [LoggerMessage(EventId = 7609, Level = LogLevel.Warning, Message = "The user's email could not be looked up for the follow-up notice")]
    public static partial void UserLookupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7610, Level = LogLevel.Information, Message = "Handoff {HandoffId}: email follow-up sent")]
    public static partial void FollowUpSent(ILogger logger, string handoffId);

    [LoggerMessage(EventId = 7611, Level = LogLevel.Information, Message = "Handoff {HandoffId}: handoff.status with an unknown state ignored")]
    public static partial void UnknownHubState(ILogger logger, string handoffId);

    [LoggerMessage(EventId = 7612, Level = LogLevel.Debug, Message = "Concurrent change to handoff item {Item}; retrying (attempt {Attempt})")]
    public static partial void Conflict(ILogger logger, string item, int attempt);

    [LoggerMessage(EventId = 7613, Level = LogLevel.Warning, Message = "Handoff {HandoffId}: a handoff.status on channel {ChannelId} that is not the configured hub's was refused")]
    public static partial void HubStatusRefused(ILogger logger, string handoffId, string? channelId);
}
