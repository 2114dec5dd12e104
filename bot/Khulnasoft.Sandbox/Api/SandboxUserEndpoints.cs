using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Sandbox API: users, memberships, legal holds, delete and purge.</summary>
internal static class SandboxUserEndpoints
{
    public static RouteGroupBuilder MapSandboxUsers(this RouteGroupBuilder api)
    {
        api.MapGet("/users", (HttpRequest request, SandboxStore store) =>
        {
            var email = SandboxApi.Query(request, "email");
            var tenant = SandboxApi.Query(request, "entra_tenant_id");
            var objectId = SandboxApi.Query(request, "entra_object_id");
            if (email is null && (tenant is null || objectId is null))
            {
                throw new SandboxApiException(400, ErrorCodes.InvalidRequest, "Filter by email, or by entra_tenant_id and entra_object_id.");
            }

            return SandboxApi.Page(request, store.FindUsers(email, tenant, objectId));
        });
        api.MapGet("/users/{user_id}", (string user_id, SandboxStore store) => SandboxApi.Ok(store.GetUser(user_id)));
        api.MapGet("/users/{user_id}/memberships", (string user_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetMemberships(user_id)));
        api.MapGet("/users/{user_id}/legal_holds", (string user_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetLegalHolds(user_id)));
        api.MapDelete("/users/{user_id}/legal_holds/{hold_id}", (string user_id, string hold_id, SandboxStore store) =>
            SandboxApi.Ok(store.LiftLegalHold(user_id, hold_id)));
        api.MapDelete("/users/{user_id}", (string user_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Ok(store.DeleteUser(user_id, SandboxApi.IdempotencyKey(request))));
        api.MapPost("/users/{user_id}/purge", (string user_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Ok(store.PurgeUser(user_id, SandboxApi.IdempotencyKey(request))));
        return api;
    }
}
