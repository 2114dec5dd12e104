namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// A click checked against the live account API: the <see cref="Offer"/> it names (allowed, or with its refusal);
/// <see cref="AlreadyDone"/> when the resource is one of the user's and its change is already made; otherwise
/// <see cref="Refusal"/> says why there is nothing to do (not in scope, guidance only). <see cref="Item"/> and
/// <see cref="ResourceId"/> are the click's (empty when it sent none).
/// </summary>
public sealed record FixResolution(string Item, string ResourceId, FixOffer? Offer, bool AlreadyDone, FixRefusal? Refusal);
