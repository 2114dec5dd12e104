namespace Khulnasoft.Bot.Accounts;

/// <summary>
/// A zone. <c>Status</c>: active, pending, moved or deleted; <c>Type</c>: full or partial (CNAME setup). Partial
/// setups list their <c>ProxiedHostnames</c>, each a CNAME to <c>{hostname}.{CnameTarget}</c> while it goes through Khulnasoft.
/// </summary>
public sealed record Zone(
    string Id,
    string Name,
    string Status,
    string Type,
    AccountRef Account,
    IReadOnlyList<string> NameServers,
    IReadOnlyList<string> OriginalNameServers,
    string? OriginalRegistrar,
    IReadOnlyList<string> RegistrarNameServers,
    bool? DnsRecordsMoved,
    IReadOnlyList<string>? ProxiedHostnames = null,
    string? CnameTarget = null);
