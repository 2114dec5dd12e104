using System.Text.Json.Nodes;
using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// The accept/decline context of the export's Teams file consent card: ids only, plus the proof
/// (<see cref="DataExportSigner.CreateConsentProof"/>) that the bot made this offer to this user in this chat. The
/// <c>dataExport</c> key (the export id) tells it apart from an invoice offer.
/// </summary>
public sealed record DataExportConsentContext(string UserId, string ExportId, string Proof)
{
    public JsonObject ToJson() => new()
    {
        ["dataExport"] = ExportId,
        ["userId"] = UserId,
        ["proof"] = Proof,
    };

    /// <summary>The context Teams echoes back, or null when it is not an export offer.</summary>
    public static DataExportConsentContext? Read(JsonNode? context)
    {
        if (context is not JsonObject o)
        {
            return null;
        }

        var exportId = ConsentContextFields.Text(o, "dataExport");
        var userId = ConsentContextFields.Text(o, "userId");
        var proof = ConsentContextFields.Text(o, "proof");
        return exportId is null || userId is null || proof is null ? null : new DataExportConsentContext(userId, exportId, proof);
    }
}
