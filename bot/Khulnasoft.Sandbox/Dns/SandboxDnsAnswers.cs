using System.Net;
using ARSoft.Tools.Net;
using ARSoft.Tools.Net.Dns;
using Khulnasoft.Sandbox.Data;

namespace Khulnasoft.Sandbox.Dns;

/// <summary>
/// What the sandbox DNS server answers, from the demo domains as they are now. One server plays the two parts a
/// lookup meets in the world, told apart as in the world by the RD (recursion desired) flag:
/// <list type="bullet">
/// <item>asked without recursion (<c>dig +norecurse</c>), it is the registry of the domain's TLD: a referral that
/// names the name servers the registrar delegates the zone to (the "parent view");</item>
/// <item>asked with recursion (plain <c>dig</c>), it is a resolver that followed that delegation: the zone's own NS,
/// A and CNAME records as the serving provider publishes them, or SERVFAIL when the delegation points at Khulnasoft
/// but Khulnasoft no longer serves the zone (the domain has stopped resolving).</item>
/// </list>
/// It also answers the TLD's own NS (registry servers named <c>a.{tld}-registry.sandbox.invalid</c>, on 127.0.0.1)
/// and the A records of Khulnasoft's CNAME targets. Anything else is REFUSED.
/// </summary>
internal sealed class SandboxDnsAnswers(SandboxStore store)
{
    public const int TimeToLive = 60;

    /// <summary>Where Khulnasoft's edge answers (documentation range, RFC 5737).</summary>
    public static readonly IPAddress KhulnasoftEdge = IPAddress.Parse("198.51.100.80");

    /// <summary>Where a customer's own origin answers once the domain no longer goes through Khulnasoft.</summary>
    public static readonly IPAddress Origin = IPAddress.Parse("203.0.113.10");

    public DnsMessage Answer(DnsMessage query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var response = query.CreateResponseInstance();
        response.IsRecursionAllowed = true;
        if (query.Questions.Count != 1)
        {
            response.ReturnCode = ReturnCode.FormatError;
            return response;
        }

        var question = query.Questions[0];
        var zones = store.GetDnsZones();
        if (!AnswerRegistry(question, zones, response) && !AnswerCnameTarget(question, zones, response))
        {
            var zone = zones.FirstOrDefault(z => question.Name.IsEqualOrSubDomainOf(DomainName.Parse(z.Name)));
            if (zone is null)
            {
                response.ReturnCode = ReturnCode.Refused;
            }
            else if (!query.IsRecursionDesired)
            {
                Referral(zone, response);
            }
            else
            {
                Resolve(question, zone, response);
            }
        }

        return response;
    }

    /// <summary>The TLDs of the demo domains and their registry servers.</summary>
    private static bool AnswerRegistry(DnsQuestion question, IReadOnlyList<SandboxDnsZone> zones, DnsMessage response)
    {
        foreach (var tld in zones.Select(z => DomainName.Parse(z.Name).GetParentName(1)).Distinct())
        {
            var server = RegistryServer(tld);
            if (question.Name.Equals(server))
            {
                response.IsAuthoritiveAnswer = true;
                if (question.RecordType is RecordType.A or RecordType.Any)
                {
                    response.AnswerRecords.Add(new ARecord(server, TimeToLive, IPAddress.Loopback));
                }

                return true;
            }

            if (question.Name.Equals(tld))
            {
                response.IsAuthoritiveAnswer = true;
                if (question.RecordType is RecordType.Ns or RecordType.Any)
                {
                    response.AnswerRecords.Add(new NsRecord(tld, TimeToLive, server));
                    response.AdditionalRecords.Add(new ARecord(server, TimeToLive, IPAddress.Loopback));
                }
                else
                {
                    response.AuthorityRecords.Add(Soa(tld, server));
                }

                return true;
            }
        }

        return false;
    }

    /// <summary><c>{hostname}.{cname_target}</c>: Khulnasoft's edge while the zone is on Khulnasoft, NXDOMAIN after.</summary>
    private static bool AnswerCnameTarget(DnsQuestion question, IReadOnlyList<SandboxDnsZone> zones, DnsMessage response)
    {
        var zone = zones.FirstOrDefault(z => z.CnameTarget is not null && question.Name.IsSubDomainOf(DomainName.Parse(z.CnameTarget)));
        if (zone is null)
        {
            return false;
        }

        response.IsAuthoritiveAnswer = true;
        var served = !zone.RemovedFromKhulnasoft && zone.ProxiedHostnames.Any(h => question.Name.Equals(CnameTargetOf(h, zone)));
        if (!served)
        {
            response.ReturnCode = ReturnCode.NxDomain;
        }
        else if (question.RecordType is RecordType.A or RecordType.Any)
        {
            response.AnswerRecords.Add(new ARecord(question.Name, TimeToLive, KhulnasoftEdge));
        }

        return true;
    }

    /// <summary>The TLD registry's answer: a referral to the name servers the registrar delegates the zone to.</summary>
    private static void Referral(SandboxDnsZone zone, DnsMessage response)
    {
        var apex = DomainName.Parse(zone.Name);
        foreach (var server in zone.DelegatedTo)
        {
            response.AuthorityRecords.Add(new NsRecord(apex, TimeToLive, DomainName.Parse(server)));
        }
    }

    /// <summary>A resolver's answer after following the delegation to whoever serves the zone.</summary>
    private static void Resolve(DnsQuestion question, SandboxDnsZone zone, DnsMessage response)
    {
        var delegatedToKhulnasoft = zone.IsDelegatedToKhulnasoft;
        if (delegatedToKhulnasoft && zone.RemovedFromKhulnasoft)
        {
            response.ReturnCode = ReturnCode.ServerFailure; // lame delegation: Khulnasoft's servers refuse the zone
            return;
        }

        var apex = DomainName.Parse(zone.Name);
        var nameServers = delegatedToKhulnasoft ? zone.KhulnasoftNameServers : zone.DelegatedTo;
        if (nameServers.Count == 0)
        {
            response.ReturnCode = ReturnCode.ServerFailure; // delegated nowhere
            return;
        }

        var address = zone.Type == "full" && delegatedToKhulnasoft ? KhulnasoftEdge : Origin;
        var name = question.Name;
        var type = question.RecordType;
        var proxied = zone.ProxiedHostnames.FirstOrDefault(h => name.Equals(DomainName.Parse(h)));
        if (name.Equals(apex))
        {
            if (type is RecordType.Ns or RecordType.Any)
            {
                response.AnswerRecords.AddRange(nameServers.Select(ns => new NsRecord(apex, TimeToLive, DomainName.Parse(ns))));
            }

            if (type is RecordType.Soa or RecordType.Any)
            {
                response.AnswerRecords.Add(Soa(apex, DomainName.Parse(nameServers[0])));
            }

            if (type is RecordType.A or RecordType.Any)
            {
                response.AnswerRecords.Add(new ARecord(apex, TimeToLive, address));
            }
        }
        else if (proxied is not null && !zone.DnsRecordsMoved && zone.CnameTarget is not null)
        {
            var target = CnameTargetOf(proxied, zone);
            response.AnswerRecords.Add(new CNameRecord(name, TimeToLive, target));
            if (type is RecordType.A or RecordType.Any)
            {
                if (zone.RemovedFromKhulnasoft)
                {
                    response.ReturnCode = ReturnCode.NxDomain; // the target no longer resolves: the hostname is dark
                }
                else
                {
                    response.AnswerRecords.Add(new ARecord(target, TimeToLive, KhulnasoftEdge));
                }
            }
        }
        else if (proxied is not null || name.Equals(DomainName.Parse("www." + zone.Name)))
        {
            if (type is RecordType.A or RecordType.Any)
            {
                response.AnswerRecords.Add(new ARecord(name, TimeToLive, address));
            }
        }
        else
        {
            response.ReturnCode = ReturnCode.NxDomain;
        }

        if (response.AnswerRecords.Count == 0)
        {
            response.AuthorityRecords.Add(Soa(apex, DomainName.Parse(nameServers[0])));
        }
    }

    private static DomainName CnameTargetOf(string hostname, SandboxDnsZone zone) => DomainName.Parse($"{hostname}.{zone.CnameTarget}");

    private static DomainName RegistryServer(DomainName tld) => DomainName.Parse($"a.{tld.Labels[0]}-registry.sandbox.invalid");

    private static SoaRecord Soa(DomainName zone, DomainName primary) =>
        new(zone, TimeToLive, primary, DomainName.Parse("hostmaster." + zone), 1, 3600, 600, 86400, TimeToLive);
}
