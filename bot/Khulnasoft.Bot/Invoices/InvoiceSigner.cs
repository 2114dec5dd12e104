using Khulnasoft.Bot.FileDelivery;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// Invoice delivery's use of <see cref="FileSigner"/>: download link tokens (account id, invoice id, expiry) and
/// proofs on Teams file-consent offers (which conversation and Teams user the offer was made to, for which Khulnasoft
/// user, account and invoice), both under the purpose <c>invoice</c>.
/// </summary>
public sealed class InvoiceSigner(FileSigner signer, IOptions<InvoiceOptions> options, TimeProvider clock)
{
    /// <summary>Tokens longer than this are refused before any decoding.</summary>
    public const int MaxTokenLength = FileSigner.MaxTokenLength;

    private static readonly FilePurpose Purpose = new("invoice");

    private readonly TimeSpan _lifetime = options.Value.LinkLifetime;

    /// <summary>A token for a link that expires <see cref="InvoiceOptions.LinkLifetime"/> from now.</summary>
    public string CreateLinkToken(string accountId, string invoiceId) =>
        CreateLinkToken(new InvoiceLink(accountId, invoiceId, clock.GetUtcNow() + _lifetime));

    /// <summary>The token of <paramref name="link"/>: the payload is <c>[accountId, invoiceId, expiryUnixSeconds]</c>.</summary>
    public string CreateLinkToken(InvoiceLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrEmpty(link.AccountId);
        ArgumentException.ThrowIfNullOrEmpty(link.InvoiceId);
        return signer.CreateToken(Purpose, [link.AccountId, link.InvoiceId], link.Expires);
    }

    /// <summary>Reads a token: <see cref="SignedLinkStatus.Invalid"/> unless it is well formed and signed with our key.</summary>
    public InvoiceLinkCheck ReadLinkToken(string? token)
    {
        var read = signer.ReadToken(Purpose, token, fieldCount: 2);
        return read.Fields is [var accountId, var invoiceId]
            ? new InvoiceLinkCheck(read.Status, new InvoiceLink(accountId, invoiceId, read.Expires))
            : new InvoiceLinkCheck(SignedLinkStatus.Invalid, null);
    }

    /// <summary>The proof carried by a consent offer: binds the offer to the conversation and the Teams user it was sent to.</summary>
    public string CreateConsentProof(string conversationId, string teamsUserId, string userId, string accountId, string invoiceId) =>
        signer.CreateProof(Purpose, [conversationId, teamsUserId, userId, accountId, invoiceId]);

    /// <summary>True when <paramref name="proof"/> was made by <see cref="CreateConsentProof"/> for exactly these values.</summary>
    public bool IsValidConsentProof(string? proof, string conversationId, string teamsUserId, string userId, string accountId, string invoiceId) =>
        signer.IsValidProof(Purpose, proof, [conversationId, teamsUserId, userId, accountId, invoiceId]);
}
