namespace Khulnasoft.Bot.Accounts;

/// <summary>An SSO connector of an account.</summary>
public sealed record SsoConnector(string Id, string EmailDomain, bool Enabled, string VerificationStatus);
