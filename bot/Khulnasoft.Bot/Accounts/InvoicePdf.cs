namespace Khulnasoft.Bot.Accounts;

/// <summary>An invoice as a PDF document.</summary>
public sealed record InvoicePdf(string FileName, byte[] Content);
