namespace Khulnasoft.Sandbox.Wire;

/// <summary>customer success manager: <c>name</c>, <c>email</c>, <c>entra</c>.</summary>
internal sealed record CustomerSuccessManager(string Name, string Email, Entra? Entra);
