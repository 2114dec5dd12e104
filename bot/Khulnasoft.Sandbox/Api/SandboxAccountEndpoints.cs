using System.Text.Json;
using Khulnasoft.Sandbox.Data;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Sandbox API: accounts, members, SSO connectors, subscriptions, CSM and registrar domains.</summary>
internal static class SandboxAccountEndpoints
{
    public static RouteGroupBuilder MapSandboxAccounts(this RouteGroupBuilder api)
    {
        api.MapGet("/accounts/{account_id}", (string account_id, SandboxStore store) => SandboxApi.Ok(store.GetAccount(account_id)));
        api.MapGet("/accounts/{account_id}/members", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetMembers(account_id)));
        api.MapGet("/accounts/{account_id}/sso_connectors", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetSsoConnectors(account_id)));
        api.MapGet("/accounts/{account_id}/subscriptions", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetSubscriptions(account_id)));
        api.MapDelete("/accounts/{account_id}/subscriptions/{subscription_id}", (string account_id, string subscription_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Ok(store.CancelSubscription(account_id, subscription_id, SandboxApi.IdempotencyKey(request))));
        api.MapGet("/accounts/{account_id}/customer_success_manager", (string account_id, SandboxStore store) =>
            SandboxApi.Ok(store.GetCustomerSuccessManager(account_id)));
        api.MapGet("/accounts/{account_id}/registrar/domains", (string account_id, HttpRequest request, SandboxStore store) =>
            SandboxApi.Page(request, store.GetRegistrarDomains(account_id)));
        api.MapPut("/accounts/{account_id}/registrar/domains/{domain_name}", async (string account_id, string domain_name, HttpRequest request, SandboxStore store, CancellationToken cancellationToken) =>
        {
            bool autoRenew;
            try
            {
                using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
                autoRenew = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("auto_renew", out var value) &&
                    value.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? value.GetBoolean()
                    : throw new SandboxApiException(400, ErrorCodes.InvalidRequest, "The body must be {\"auto_renew\": true|false}.");
            }
            catch (JsonException)
            {
                throw new SandboxApiException(400, ErrorCodes.InvalidRequest, "The body is not valid JSON.");
            }

            return SandboxApi.Ok(store.SetAutoRenew(account_id, domain_name, autoRenew, SandboxApi.IdempotencyKey(request)));
        });
        return api;
    }
}
