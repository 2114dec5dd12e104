using Khulnasoft.Bot.ConversationHooks;
namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Log events of identity checks (4600–4649, see docs/logging.md). Never an email address, a code, a user id or message text.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "One-time code challenge armed for {Purpose}")]
    public static partial void CodeIssued(ILogger logger, string purpose);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "One-time code for {Purpose} refused: hourly limit reached")]
    public static partial void CodeRateLimited(ILogger logger, string purpose);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning, Message = "One-time code mail for {Purpose} could not be sent; the user was told a code is on its way and can ask again")]
    public static partial void CodeMailFailed(ILogger logger, string purpose, Exception exception);

    [LoggerMessage(EventId = 4618, Level = LogLevel.Warning, Message = "One-time code mail for {Purpose} failed on try {Attempt}; trying again in {Delay}")]
    public static partial void CodeMailRetrying(ILogger logger, string purpose, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 4606, Level = LogLevel.Error, Message = "One-time code mail for {Purpose} dropped: {Capacity} mails are already waiting")]
    public static partial void CodeMailDropped(ILogger logger, string purpose, int capacity);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Challenge for {Purpose} answered: {Outcome}")]
    public static partial void ChallengeAnswered(ILogger logger, string purpose, CodeVerifyStatus outcome);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Warning, Message = "Challenge for {Purpose} locked after too many wrong answers")]
    public static partial void ChallengeLocked(ILogger logger, string purpose);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Debug, Message = "Challenge record changed concurrently; retrying")]
    public static partial void ChallengeWriteConflict(ILogger logger);

    [LoggerMessage(EventId = 4617, Level = LogLevel.Information, Message = "The same answer to a challenge was delivered again; it got its first result and was not counted again")]
    public static partial void AnswerRedelivered(ILogger logger);

    [LoggerMessage(EventId = 4612, Level = LogLevel.Information, Message = "Identity verified ({Source})")]
    public static partial void IdentityVerified(ILogger logger, IdentitySource source);

    [LoggerMessage(EventId = 4613, Level = LogLevel.Warning, Message = "Identity not verified: {Reason}")]
    public static partial void IdentityNotVerified(ILogger logger, string reason);

    [LoggerMessage(EventId = 4615, Level = LogLevel.Information, Message = "Step-up started ({Method})")]
    public static partial void StepUpStarted(ILogger logger, Khulnasoft.Cards.Confirmation.StepUpMethod method);

    [LoggerMessage(EventId = 4616, Level = LogLevel.Information, Message = "Step-up answered ({Method}): {Outcome}")]
    public static partial void StepUpAnswered(ILogger logger, Khulnasoft.Cards.Confirmation.StepUpMethod method, StepUpStatus outcome);
}
