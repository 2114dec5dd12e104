namespace Khulnasoft.Sandbox.Wire;

/// <summary>An entry of <c>unmet_prerequisites</c>: <c>code</c>, <c>account_id</c>, <c>domain</c>, <c>resource_id</c>, <c>message</c>.</summary>
internal sealed record UnmetPrerequisite(string Code, string AccountId, string? Domain, string? ResourceId, string Message);
