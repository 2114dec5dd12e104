namespace Khulnasoft.Sandbox.Wire;

/// <summary>user: <c>id</c>, <c>email</c>, <c>name</c>, <c>status</c>, <c>entra</c> (optional).</summary>
internal sealed record User(string Id, string Email, string Name, string Status, Entra? Entra);
