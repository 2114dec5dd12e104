namespace Khulnasoft.Sandbox.Wire;

/// <summary>sso connector: <c>id</c>, <c>email_domain</c>, <c>enabled</c>, <c>verification_status</c>.</summary>
internal sealed record SsoConnector(string Id, string EmailDomain, bool Enabled, string VerificationStatus);
