using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Sandbox API: zones of an account; remove one.</summary>
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
        api.MapDelete("/zones/{zone_id}", (string zone_id, SandboxStore store) => SandboxApi.Ok(store.RemoveZone(zone_id)));
        return api;
    }
}
