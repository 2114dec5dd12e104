using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The undo link in the scheduled email and the reminder: <c>{public base}/deletion/undo/{token}</c>, the token signed
/// with the file links' signer (<see cref="FileSigner"/>, its own purpose <c>deletion-undo</c>, so no download link or
/// consent proof passes for one) over the case id and user id, expiring when the grace period ends.
/// </summary>
public sealed class UndoLinks(FileSigner signer, SignedFileLinks links)
{
    /// <summary>The route of the undo page, relative to the public base.</summary>
    public const string RoutePrefix = "deletion/undo";

    private static readonly FilePurpose Purpose = new("deletion-undo");

    /// <summary>The link for a scheduled case; it expires at <see cref="DeletionCase.GraceUntil"/>.</summary>
    public Uri For(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        var expires = deletionCase.GraceUntil ?? throw new InvalidOperationException("Only a scheduled case has an undo link.");
        return ForToken(CreateToken(deletionCase.CaseId, deletionCase.UserId, expires));
    }

    public string CreateToken(string caseId, string userId, DateTimeOffset expires) => signer.CreateToken(Purpose, [caseId, userId], expires);

    public Uri ForToken(string token) => links.For(RoutePrefix, token);

    public UndoLinkCheck Read(string? token)
    {
        var read = signer.ReadToken(Purpose, token, fieldCount: 2);
        return read.Fields is [var caseId, var userId]
            ? new UndoLinkCheck(read.Status, caseId, userId)
            : new UndoLinkCheck(SignedLinkStatus.Invalid, null, null);
    }
}
