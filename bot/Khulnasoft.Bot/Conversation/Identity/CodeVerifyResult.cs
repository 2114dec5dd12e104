namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The outcome of an answer: the proven user id when <see cref="CodeVerifyStatus.Verified"/>, the attempts left when <see cref="CodeVerifyStatus.Wrong"/>.</summary>
public sealed record CodeVerifyResult(CodeVerifyStatus Status, string? UserId = null, int AttemptsLeft = 0)
{
    public static CodeVerifyResult Verified(string userId) => new(CodeVerifyStatus.Verified, userId);

    public static CodeVerifyResult Wrong(int attemptsLeft) => new(CodeVerifyStatus.Wrong, null, attemptsLeft);

    public static CodeVerifyResult Locked { get; } = new(CodeVerifyStatus.Locked);

    public static CodeVerifyResult Expired { get; } = new(CodeVerifyStatus.Expired);

    public static CodeVerifyResult NoCode { get; } = new(CodeVerifyStatus.NoCode);
}
