namespace Khulnasoft.Sandbox.Wire;

/// <summary>An entry of <c>errors</c> or <c>messages</c>: <c>{ "code", "message" }</c>.</summary>
internal sealed record ApiMessage(string Code, string Message);
