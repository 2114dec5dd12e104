namespace Khulnasoft.Bot.Receipts;

/// <summary>A receipt and its compact JWS (ES256): <c>base64url(header).base64url(payload).base64url(signature)</c>.</summary>
public sealed record SignedReceipt(string Token, ErasureReceipt Receipt);
