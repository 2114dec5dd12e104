using Khulnasoft.Bot.Accounts;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Fixes;

/// <summary>Makes one allowed change through the account API, with the fix's <c>Idempotency-Key</c>. Throws what the client throws.</summary>
public sealed class FixExecutor(KhulnasoftApiClient client)
{
    public async Task ApplyAsync(FixOffer offer, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!offer.Allowed)
        {
            throw new InvalidOperationException($"The fix {offer.Kind} of {offer.ResourceId} is refused ({offer.Refusal}).");
        }

        switch (offer.Kind)
        {
            case ChecklistItemKind.SubscriptionsCancelled:
                await client.CancelSubscriptionAsync(offer.AccountId, offer.ResourceId, idempotencyKey, cancellationToken).ConfigureAwait(false);
                break;
            case ChecklistItemKind.DomainRemoved:
                await client.RemoveZoneAsync(offer.ResourceId, idempotencyKey, cancellationToken).ConfigureAwait(false);
                break;
            case ChecklistItemKind.AutoRenewDisabled:
                await client.SetAutoRenewAsync(offer.AccountId, offer.ResourceId, autoRenew: false, idempotencyKey, cancellationToken).ConfigureAwait(false);
                break;
            case ChecklistItemKind.PaymentInfoDeleted:
                await client.DeletePaymentMethodAsync(offer.AccountId, idempotencyKey, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"{offer.Kind} has no fix.");
        }
    }
}
