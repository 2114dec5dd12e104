namespace Khulnasoft.Bot.Receipts;

/// <summary>The body of <c>POST /receipts/verify</c>.</summary>
public sealed record VerifyReceiptRequest(string? Receipt);
