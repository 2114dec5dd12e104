namespace Khulnasoft.Bot.Dns;

/// <summary>
/// One query's answer: the record values found (NS or CNAME targets, addresses), lower case without the trailing dot,
/// or why the query could not be answered (<see cref="Failure"/>: a timeout, an unreachable server, SERVFAIL,
/// REFUSED). A name that does not exist (NXDOMAIN) is an answer with no values.
/// </summary>
public sealed record DnsQueryResult(IReadOnlyList<string> Values, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static DnsQueryResult Answer(IEnumerable<string> values) => new([.. values], null);

    public static DnsQueryResult Failed(string reason) => new([], reason);
}
