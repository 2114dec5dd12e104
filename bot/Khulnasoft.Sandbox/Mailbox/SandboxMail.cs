namespace Khulnasoft.Sandbox.Mailbox;

/// <summary>A mail received by the sandbox's SMTP server.</summary>
public sealed record SandboxMail(string Id, string From, IReadOnlyList<string> To, string Subject, DateTimeOffset ReceivedAt, string TextBody);
