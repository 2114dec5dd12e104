namespace Khulnasoft.Bot.Receipts;

/// <summary>The answer of <c>POST /receipts/verify</c>: whether the signature holds, and the receipt it covers.</summary>
public sealed record ReceiptVerification(bool Valid, ErasureReceipt? Receipt, string? Error);
