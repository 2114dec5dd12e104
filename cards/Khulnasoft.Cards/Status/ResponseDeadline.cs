namespace Khulnasoft.Cards.Status;

/// <summary>
/// The legal clock of a request (GDPR Art. 12(3)): when it was received, the date by which it must be answered
/// (received + one month, or the extended date), and, after an extension, why.
/// </summary>
public sealed record ResponseDeadline(DateTimeOffset ReceivedAt, DateTimeOffset DueBy, string? ExtensionReason = null);
