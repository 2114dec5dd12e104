using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Confirmation;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The step-up check of the final confirmation (issue 5 §6, issue 19 §3): every identity gets a fresh one-time code
/// to the account email (purpose <see cref="OneTimeCodePurposes.StepUp"/>), also one the channel vouches for: typing
/// one's own email proves nothing. Same lifetime, attempt limit and hourly limit as the identity step's codes.
/// </summary>
public sealed class StepUpVerifier(OneTimeCodeService codes, ILogger<StepUpVerifier> logger)
{
    /// <summary>Starts the step-up: a new code is mailed to the account (the previous step-up code stops working).</summary>
    public async Task<StepUpChallenge> BeginAsync(VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var issued = await codes.IssueAsync(identity.Email, OneTimeCodePurposes.StepUp, cancellationToken).ConfigureAwait(false);
        IdentityLog.StepUpStarted(logger, StepUpMethod.OneTimeCode);
        return issued.Status == CodeIssueStatus.RateLimited
            ? new StepUpChallenge(StepUpMethod.OneTimeCode, issued.RetryAfter)
            : new StepUpChallenge(StepUpMethod.OneTimeCode);
    }

    /// <summary>Checks the code (spaces and dashes ignored).</summary>
    public async Task<StepUpResult> VerifyAsync(VerifiedIdentity identity, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(answer);
        var checkedAnswer = await codes.VerifyAsync(identity.Email, OneTimeCodePurposes.StepUp, answer, cancellationToken).ConfigureAwait(false);
        var result = checkedAnswer.Status switch
        {
            // The code was sent to this identity's address, so it proves the same user; anything else is a defect.
            CodeVerifyStatus.Verified when string.Equals(checkedAnswer.UserId, identity.UserId, StringComparison.Ordinal) => new StepUpResult(StepUpStatus.Ok),
            CodeVerifyStatus.Verified => throw new InvalidOperationException("A step-up challenge proved a different user than the one it was started for."),
            CodeVerifyStatus.Wrong => new StepUpResult(StepUpStatus.Wrong, checkedAnswer.AttemptsLeft),
            CodeVerifyStatus.Locked => new StepUpResult(StepUpStatus.Locked),
            _ => new StepUpResult(StepUpStatus.Expired),
        };
        IdentityLog.StepUpAnswered(logger, StepUpMethod.OneTimeCode, result.Status);
        return result;
    }
}
