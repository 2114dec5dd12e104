namespace Khulnasoft.Bot.FileDelivery;

/// <summary>A read link token: its verdict and, when the signature is ours, the fields it was made with and its expiry.</summary>
public sealed record SignedToken(SignedLinkStatus Status, IReadOnlyList<string>? Fields, DateTimeOffset Expires)
{
    public static SignedToken Invalid { get; } = new(SignedLinkStatus.Invalid, null, DateTimeOffset.MinValue);
}
