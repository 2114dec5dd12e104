using Khulnasoft.Bot.Accounts;
using Khulnasoft.Cards.Fixes;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// The consented one-click fixes of the checklist. <see cref="ProposeAsync"/> ("Do it for me") checks the click
/// against the live account API and answers with what will happen and what it costs, to be confirmed;
/// <see cref="ApplyAsync"/> (Confirm) checks it again, makes the change with the fix's idempotency key and says how it
/// went; <see cref="KeepAsync"/> (Keep it) changes nothing. Each is audited on the account's chain. A click for a
/// change already made is answered without calling the API again; refusals change nothing.
/// </summary>
public sealed class FixService(FixResolver resolver, FixExecutor executor, FixAudit audit, ILogger<FixService> logger)
{
    public async Task<FixAnswer> ProposeAsync(FixRequest request, CancellationToken cancellationToken)
    {
        var (resolution, early) = await CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (early is not null)
        {
            return early;
        }

        var offer = resolution.Offer!;
        await audit.RecordAsync(offer.AccountId, request.UserId, FixAudit.ConsentShown, resolution.Item, offer.ResourceId, null, cancellationToken).ConfigureAwait(false);
        return new FixAnswer(offer.Summary, new FixConsentCardInput(request.CardId, resolution.Item, offer.ResourceId, offer.Summary));
    }

    public async Task<FixAnswer> ApplyAsync(FixRequest request, CancellationToken cancellationToken)
    {
        var (resolution, early) = await CheckAsync(request, cancellationToken).ConfigureAwait(false);
        if (early is not null)
        {
            return early;
        }

        var offer = resolution.Offer!;
        var key = FixIdempotencyKeys.For(request.UserId, request.CardId, resolution.Item, offer.ResourceId);
        try
        {
            await executor.ApplyAsync(offer, key, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountApiException e)
        {
            var code = e is AccountApiUnavailableException ? "unavailable" : e.ErrorCodes.Count > 0 ? e.ErrorCodes[0] : "unknown";
            FixLog.Failed(logger, resolution.Item, offer.ResourceId, offer.AccountId, code);
            await audit.RecordAsync(offer.AccountId, request.UserId, FixAudit.Failed, resolution.Item, offer.ResourceId,
                new Dictionary<string, string> { ["error_code"] = code, ["idempotency_key"] = key }, cancellationToken).ConfigureAwait(false);
            return new FixAnswer(FixTexts.Failed(Reason(code)));
        }

        FixLog.Applied(logger, resolution.Item, offer.ResourceId, offer.AccountId, request.UserId);
        await audit.RecordAsync(offer.AccountId, request.UserId, FixAudit.Applied, resolution.Item, offer.ResourceId,
            new Dictionary<string, string> { ["idempotency_key"] = key }, cancellationToken).ConfigureAwait(false);
        return new FixAnswer(FixTexts.Done(offer.Kind, offer.Subject), Changed: true);
    }

    public async Task<FixAnswer> KeepAsync(FixRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resolution = await resolver.ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        if (resolution.Offer is { } offer)
        {
            await audit.RecordAsync(offer.AccountId, request.UserId, FixAudit.Kept, resolution.Item, offer.ResourceId, null, cancellationToken).ConfigureAwait(false);
        }

        return new FixAnswer(FixTexts.Kept);
    }

    /// <summary>Resolves the click; the answer when there is nothing to change (already done, or refused and audited), else null.</summary>
    private async Task<(FixResolution Resolution, FixAnswer? Early)> CheckAsync(FixRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resolution = await resolver.ResolveAsync(request, cancellationToken).ConfigureAwait(false);
        if (resolution.AlreadyDone)
        {
            return (resolution, new FixAnswer(FixTexts.AlreadyDone));
        }

        return resolution.Refusal is { } refusal
            ? (resolution, await RefuseAsync(request, resolution, refusal, cancellationToken).ConfigureAwait(false))
            : (resolution, null);
    }

    private async Task<FixAnswer> RefuseAsync(FixRequest request, FixResolution resolution, FixRefusal refusal, CancellationToken cancellationToken)
    {
        FixLog.Refused(logger, resolution.Item, resolution.ResourceId, request.UserId, refusal);
        if (resolution.Offer is { } offer)
        {
            await audit.RecordAsync(offer.AccountId, request.UserId, FixAudit.Refused, resolution.Item, offer.ResourceId, FixAudit.Reason(refusal), cancellationToken)
                .ConfigureAwait(false);
        }
        else
        {
            await audit.RecordRefusalAsync(request.AccountIds, request.UserId, resolution.Item, resolution.ResourceId, refusal, cancellationToken).ConfigureAwait(false);
        }

        return new FixAnswer(FixTexts.Refused(refusal, resolution.Offer?.AccountName, resolution.Offer?.Roles));
    }

    private static string Reason(string code) => code switch
    {
        AccountApiErrorCodes.BalanceDue => FixTexts.ReasonBalanceDue,
        AccountApiErrorCodes.ContractSubscription => FixTexts.ReasonContract,
        AccountApiErrorCodes.NotFound => FixTexts.ReasonNotFound,
        "unavailable" => FixTexts.ReasonUnavailable,
        _ => FixTexts.ReasonOther(code),
    };
}
