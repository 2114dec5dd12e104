using Khulnasoft.Bot.FileDelivery;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// The data export's use of <see cref="FileSigner"/> under its own purpose (<c>data-export</c>): link tokens
/// (user id, export id, expiry) and consent proofs (conversation, Teams user, user id, export id). An invoice token
/// or proof never verifies here, nor the other way round.
/// </summary>
public sealed class DataExportSigner(FileSigner signer, IOptions<DataExportOptions> options, TimeProvider clock)
{
    private static readonly FilePurpose Purpose = new("data-export");

    private readonly TimeSpan _lifetime = options.Value.LinkLifetime;

    /// <summary>A token for a link that expires <see cref="DataExportOptions.LinkLifetime"/> from now.</summary>
    public string CreateLinkToken(string userId, string exportId) =>
        CreateLinkToken(new DataExportLink(userId, exportId, clock.GetUtcNow() + _lifetime));

    public string CreateLinkToken(DataExportLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return signer.CreateToken(Purpose, [link.UserId, link.ExportId], link.Expires);
    }

    public DataExportLinkCheck ReadLinkToken(string? token)
    {
        var read = signer.ReadToken(Purpose, token, fieldCount: 2);
        return read.Fields is [var userId, var exportId]
            ? new DataExportLinkCheck(read.Status, new DataExportLink(userId, exportId, read.Expires))
            : new DataExportLinkCheck(SignedLinkStatus.Invalid, null);
    }

    public string CreateConsentProof(string conversationId, string teamsUserId, string userId, string exportId) =>
        signer.CreateProof(Purpose, [conversationId, teamsUserId, userId, exportId]);

    public bool IsValidConsentProof(string? proof, string conversationId, string teamsUserId, string userId, string exportId) =>
        signer.IsValidProof(Purpose, proof, [conversationId, teamsUserId, userId, exportId]);
}
