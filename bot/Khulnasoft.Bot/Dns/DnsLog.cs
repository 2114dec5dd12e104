namespace Khulnasoft.Bot.Dns;

/// <summary>Log events of the DNS lookups (4700–4799, see docs/logging.md). Names and outcomes only.</summary>
internal static partial class DnsLog
{
    [LoggerMessage(EventId = 4700, Level = LogLevel.Warning, Message = "DNS query {QueryType} {Name} could not be answered: {Failure}")]
    public static partial void QueryFailed(ILogger logger, string queryType, string name, string failure);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "DNS delegation check of {Zone}: {Outcome}")]
    public static partial void DelegationChecked(ILogger logger, string zone, DnsCheckOutcome outcome);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Information, Message = "DNS CNAME check of {Count} hostname(s): {Outcome}")]
    public static partial void CnameChecked(ILogger logger, int count, DnsCheckOutcome outcome);
}
