using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Data;

/// <summary>The sandbox's zones and their DNS: removal, name-server and record moves, the zones DNS serves.</summary>
internal sealed partial class SandboxStore
{
    public IReadOnlyList<Zone> GetZones(string accountId)
    {
        lock (gate)
        {
            var account = Account(accountId);
            return index.ZonesOf(account.Id).Select(ToApi).ToList();
        }
    }

    public Zone GetZone(string zoneId)
    {
        lock (gate)
        {
            return ToApi(Zone(zoneId));
        }
    }

    /// <summary>The zone's DNS records; a removed zone keeps none.</summary>
    public IReadOnlyList<DnsRecord> GetDnsRecords(string zoneId)
    {
        lock (gate)
        {
            var z = Zone(zoneId);
            return z.Status == "deleted" ? [] : [.. z.DnsRecords];
        }
    }

    public Zone RemoveZone(string zoneId, string? idempotencyKey = null) =>
        Idempotent("remove_zone", idempotencyKey, $"DELETE zones/{zoneId}", () => RemoveZoneOnce(zoneId, idempotencyKey));

    private Zone RemoveZoneOnce(string zoneId, string? idempotencyKey)
    {
        lock (gate)
        {
            var z = Zone(zoneId);
            if (z.Status == "deleted")
            {
                throw NotFound("zone");
            }

            z.Status = "deleted";
            Record("remove_zone", z.Id, idempotencyKey);
            return ToApi(z);
        }
    }

    /// <summary>Dashboard: the registrar now delegates the domain to the original (non-Khulnasoft) name servers.</summary>
    public Zone MarkNameServersChanged(string zoneId)
    {
        lock (gate)
        {
            var z = Zone(zoneId);
            z.RegistrarNameServers = z.OriginalNameServers.Count > 0 ? [.. z.OriginalNameServers] : ["ns1.other-dns.example", "ns2.other-dns.example"];
            if (z.Status == "active" && z.Type == "full")
            {
                z.Status = "moved";
            }

            return ToApi(z);
        }
    }

    /// <summary>Dashboard: the CNAME (partial) setup's DNS records now point at the origin, not at Khulnasoft.</summary>
    public Zone MarkDnsRecordsMoved(string zoneId)
    {
        lock (gate)
        {
            var z = Zone(zoneId);
            if (z.Type != "partial")
            {
                throw new SandboxApiException(400, ErrorCodes.InvalidRequest, "Only CNAME (partial) setups have DNS records to move.");
            }

            z.DnsRecordsMoved = true;
            return ToApi(z);
        }
    }


    /// <summary>Every demo domain as DNS sees it now (deleted accounts' domains included: they stay registered).</summary>
    public IReadOnlyList<SandboxDnsZone> GetDnsZones()
    {
        lock (gate)
        {
            return data.Zones.Select(z => new SandboxDnsZone(
                z.Name, z.Type, z.Status == "deleted", [.. z.NameServers], [.. z.RegistrarNameServers], z.DnsRecordsMoved == true,
                [.. z.ProxiedHostnames], z.CnameTarget)).ToList();
        }
    }
}
