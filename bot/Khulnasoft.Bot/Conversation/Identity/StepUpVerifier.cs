using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Confirmation;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The step-up check of the final confirmation (issue 5 §6). An identity proven by email code gets a fresh one-time
/// code (purpose <see cref="OneTimeCodePurposes.StepUp"/>); a channel-vouched identity re-confirms by typing the
/// account email (nothing is sent). Both are challenges in storage with the same lifetime, attempt limit and hourly
/// limit as codes.
/// </summary>
public sealed class StepUpVerifier(OneTimeCodeService codes, ChallengeStore challenges, ChallengeHasher hasher, ILogger<StepUpVerifier> logger)
{
    /// <summary>
    /// Starts the step-up for <paramref name="identity"/>. Email-code identities: a new code is mailed to the account
    /// (the previous step-up code stops working). Channel-vouched identities: a typed-email challenge is armed, or the
    /// one still running is kept (showing the card again doesn't reset its attempts).
    /// </summary>
    public async Task<StepUpChallenge> BeginAsync(VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var method = MethodFor(identity);
        CodeIssueResult issued;
        if (method == StepUpMethod.OneTimeCode)
        {
            issued = await codes.IssueAsync(identity.Email, OneTimeCodePurposes.StepUp, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var key = EmailChallengeKey(identity);
            var secret = hasher.Secret(key, OneTimeCodeService.NormalizeEmail(identity.Email));
            issued = await challenges.ArmAsync(key, secret, identity.UserId, keepLive: true, cancellationToken).ConfigureAwait(false);
        }

        IdentityLog.StepUpStarted(logger, method);
        return issued.Status == CodeIssueStatus.RateLimited ? new StepUpChallenge(method, issued.RetryAfter) : new StepUpChallenge(method);
    }

    /// <summary>
    /// Checks the answer: the code (spaces and dashes ignored), or the typed account email (trimmed, case-insensitive).
    /// </summary>
    public async Task<StepUpResult> VerifyAsync(VerifiedIdentity identity, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(answer);
        var method = MethodFor(identity);
        CodeVerifyResult checkedAnswer;
        if (method == StepUpMethod.OneTimeCode)
        {
            checkedAnswer = await codes.VerifyAsync(identity.Email, OneTimeCodePurposes.StepUp, answer, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var key = EmailChallengeKey(identity);
            var typed = answer.Trim().ToLowerInvariant();
            checkedAnswer = await challenges.CheckAsync(key, hasher.Secret(key, typed), cancellationToken).ConfigureAwait(false);
        }

        var result = checkedAnswer.Status switch
        {
            // The code was sent to this identity's address, so it proves the same user; anything else is a defect.
            CodeVerifyStatus.Verified when string.Equals(checkedAnswer.UserId, identity.UserId, StringComparison.Ordinal) => new StepUpResult(StepUpStatus.Ok),
            CodeVerifyStatus.Verified => throw new InvalidOperationException("A step-up challenge proved a different user than the one it was started for."),
            CodeVerifyStatus.Wrong => new StepUpResult(StepUpStatus.Wrong, checkedAnswer.AttemptsLeft),
            CodeVerifyStatus.Locked => new StepUpResult(StepUpStatus.Locked),
            _ => new StepUpResult(StepUpStatus.Expired),
        };
        IdentityLog.StepUpAnswered(logger, method, result.Status);
        return result;
    }

    /// <summary>The step-up method for an identity: a fresh code for email-code identities, the typed email for channel-vouched ones.</summary>
    public static StepUpMethod MethodFor(VerifiedIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.Source == IdentitySource.EmailCode ? StepUpMethod.OneTimeCode : StepUpMethod.TypeAccountEmail;
    }

    private string EmailChallengeKey(VerifiedIdentity identity) =>
        hasher.StorageKey(OneTimeCodePurposes.StepUpEmail, identity.UserId);
}
