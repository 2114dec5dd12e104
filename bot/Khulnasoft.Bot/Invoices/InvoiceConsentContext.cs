using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// The accept/decline context of a Teams file consent card: ids only (no names, amounts or emails) plus the proof
/// (<see cref="InvoiceSigner.CreateConsentProof"/>) that the bot made this offer to this user in this chat.
/// </summary>
public sealed record InvoiceConsentContext(string UserId, string AccountId, string InvoiceId, string Proof)
{
    public JsonObject ToJson() => new()
    {
        ["userId"] = UserId,
        ["accountId"] = AccountId,
        ["invoiceId"] = InvoiceId,
        ["proof"] = Proof,
    };

    /// <summary>The context Teams echoes back, or null when it is not one of ours.</summary>
    public static InvoiceConsentContext? Read(JsonNode? context)
    {
        if (context is not JsonObject o)
        {
            return null;
        }

        var userId = Text(o, "userId");
        var accountId = Text(o, "accountId");
        var invoiceId = Text(o, "invoiceId");
        var proof = Text(o, "proof");
        return userId is null || accountId is null || invoiceId is null || proof is null
            ? null
            : new InvoiceConsentContext(userId, accountId, invoiceId, proof);
    }

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
