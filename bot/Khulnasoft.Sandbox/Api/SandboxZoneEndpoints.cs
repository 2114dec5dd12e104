using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Sandbox API: zones of an account; a zone's DNS records; remove one.</summary>
internal static class SandboxZoneEndpoints
{
    public static RouteGroupBuilder MapSandboxZones(this RouteGroupBuilder api)
    {
        api.MapGet("/zones", (HttpRequest request, SandboxStore store) =>
        {
            var accountId = SandboxApi.Query(request, "account.id")
                ?? throw new SandboxApiException(400, ErrorCodes.InvalidRequest, "account.id is required.");
            return SandboxApi.Page(request, store.GetZones(accountId));
        });
        api.MapGet("/zones/{zone_id}/dns_records", (string zone_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetDnsRecords(zone_id)));
        api.MapDelete("/zones/{zone_id}", (string zone_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Ok(store.RemoveZone(zone_id, SandboxApi.IdempotencyKey(request))));
        return api;
    }
}
