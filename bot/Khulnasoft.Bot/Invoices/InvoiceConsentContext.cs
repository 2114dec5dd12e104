using System.Text.Json.Nodes;
using Khulnasoft.Bot.FileDelivery;

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

        var userId = ConsentContextFields.Text(o, "userId");
        var accountId = ConsentContextFields.Text(o, "accountId");
        var invoiceId = ConsentContextFields.Text(o, "invoiceId");
        var proof = ConsentContextFields.Text(o, "proof");
        return userId is null || accountId is null || invoiceId is null || proof is null
            ? null
            : new InvoiceConsentContext(userId, accountId, invoiceId, proof);
    }
}
