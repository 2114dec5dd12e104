namespace Khulnasoft.Sandbox.Wire;

/// <summary>zone: <c>id</c>, <c>name</c>, <c>status</c>, <c>type</c> (full/partial), <c>account</c>, <c>name_servers</c>, <c>original_name_servers</c>, <c>original_registrar</c>, <c>registrar_name_servers</c>, <c>dns_records_moved</c>, <c>proxied_hostnames</c>, <c>cname_target</c>.</summary>
internal sealed record Zone(
    string Id,
    string Name,
    string Status,
    string Type,
    IdName Account,
    IReadOnlyList<string> NameServers,
    IReadOnlyList<string> OriginalNameServers,
    string? OriginalRegistrar,
    IReadOnlyList<string> RegistrarNameServers,
    bool? DnsRecordsMoved,
    IReadOnlyList<string> ProxiedHostnames,
    string? CnameTarget);
