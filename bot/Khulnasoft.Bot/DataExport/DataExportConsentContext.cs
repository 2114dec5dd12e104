using System.Text.Json.Nodes;

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

        var exportId = Text(o, "dataExport");
        var userId = Text(o, "userId");
        var proof = Text(o, "proof");
        return exportId is null || userId is null || proof is null ? null : new DataExportConsentContext(userId, exportId, proof);
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
