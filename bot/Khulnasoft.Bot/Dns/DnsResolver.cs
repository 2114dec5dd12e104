using System.Net;
using System.Net.Sockets;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Dns;

/// <summary>
/// Asks DNS with DnsClient.NET, never from a cache: the configured resolvers (<c>Dns:Servers</c>, recursive), or one
/// name server directly without recursion (how a resolver asks a TLD registry). Turns timeouts, unreachable servers
/// and error answers into <see cref="DnsQueryResult.Failed"/>; NXDOMAIN is an answer with no records.
/// </summary>
public sealed class DnsResolver
{
    private const int Retries = 1;
    private readonly LookupClient client;
    private readonly DnsOptions settings;
    private readonly ILogger<DnsResolver> logger;

    public DnsResolver(IOptions<DnsOptions> options, ILogger<DnsResolver> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        settings = options.Value;
        this.logger = logger;
        var servers = settings.Servers.Select(s => DnsServerAddress.TryParse(s, out var endpoint)
            ? endpoint
            : throw new OptionsValidationException(DnsOptions.SectionName, typeof(DnsOptions), [$"Dns:Servers: \"{s}\" is not an IP address."])).ToArray();
        var lookup = servers.Length == 0 ? new LookupClientOptions() : new LookupClientOptions(servers);
        lookup.UseCache = false;
        lookup.Timeout = settings.Timeout;
        lookup.Retries = Retries;
        lookup.ThrowDnsErrors = false;
        lookup.UseTcpFallback = true;
        client = new LookupClient(lookup);
    }

    /// <summary>Asks the configured resolvers (recursion desired) for the <paramref name="type"/> records of <paramref name="name"/>.</summary>
    public Task<DnsQueryResult> QueryAsync(string name, QueryType type, CancellationToken cancellationToken) =>
        RunAsync(name, type, includeReferral: false, () => client.QueryAsync(new DnsQuestion(name, type), cancellationToken));

    /// <summary>
    /// Asks the name server at <paramref name="server"/> (port <c>Dns:AuthoritativePort</c>) directly, without
    /// recursion; NS records of a referral (the authority section) count as the answer.
    /// </summary>
    public Task<DnsQueryResult> QueryWithoutRecursionAsync(IPAddress server, string name, QueryType type, CancellationToken cancellationToken)
    {
        var options = new DnsQueryOptions
        {
            Recursion = false,
            UseCache = false,
            Timeout = settings.Timeout,
            Retries = Retries,
            ThrowDnsErrors = false,
            UseTcpFallback = true,
        };
        return RunAsync(name, type, includeReferral: true, () =>
            client.QueryServerAsync([new NameServer(server, settings.AuthoritativePort)], new DnsQuestion(name, type), options, cancellationToken));
    }

    private async Task<DnsQueryResult> RunAsync(string name, QueryType type, bool includeReferral, Func<Task<IDnsQueryResponse>> query)
    {
        string failure;
        try
        {
            var response = await query().ConfigureAwait(false);
            if (!response.HasError || response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
            {
                var records = includeReferral ? response.Answers.Concat(response.Authorities) : response.Answers;
                return DnsQueryResult.Answer(records.Select(r => ValueOf(r, type)).OfType<string>().Distinct());
            }

            failure = response.Header.ResponseCode.ToString();
        }
        catch (DnsResponseException e)
        {
            failure = e.Code.ToString();
        }
        catch (SocketException e)
        {
            failure = e.SocketErrorCode.ToString();
        }

        DnsLog.QueryFailed(logger, type.ToString(), name, failure);
        return DnsQueryResult.Failed(failure);
    }

    private static string? ValueOf(DnsResourceRecord record, QueryType type) => (record, type) switch
    {
        (NsRecord ns, QueryType.NS) => DnsNames.Normalize(ns.NSDName.Value),
        (CNameRecord cname, QueryType.CNAME) => DnsNames.Normalize(cname.CanonicalName.Value),
        (ARecord a, QueryType.A) => a.Address.ToString(),
        _ => null,
    };
}
