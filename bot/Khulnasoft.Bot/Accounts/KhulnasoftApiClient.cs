using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Khulnasoft.Bot.Accounts;

/// <summary>
/// The one HTTP client of the Khulnasoft account API (v4, see docs/khulnasoft-api.md). Lists are followed page by
/// page; errors become <see cref="AccountApiException"/> subclasses. Logs operation names and status codes only.
/// One instance serves the whole host: each call takes an <see cref="HttpClient"/> of the named client
/// <see cref="HttpClientName"/> from the factory (base address, token, resilience), which pools and rotates the handlers.
/// </summary>
public sealed class KhulnasoftApiClient(IHttpClientFactory clients, IOptions<KhulnasoftApiOptions> options, ILogger<KhulnasoftApiClient> logger)
{
    /// <summary>The named HttpClient the calls go through (<c>AccountsRegistration</c> configures it).</summary>
    public const string HttpClientName = nameof(KhulnasoftApiClient);

    private readonly int pageSize = options.Value.PageSize;

    public async Task<IReadOnlyList<KhulnasoftUser>> FindUsersByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return await ListAsync<KhulnasoftUser>("find_users_by_email", $"users?email={Esc(email)}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<KhulnasoftUser>> FindUsersByEntraIdentityAsync(string tenantId, string objectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(objectId);
        return await ListAsync<KhulnasoftUser>("find_users_by_entra", $"users?entra_tenant_id={Esc(tenantId)}&entra_object_id={Esc(objectId)}", cancellationToken).ConfigureAwait(false);
    }

    public Task<KhulnasoftUser> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        SendAsync<KhulnasoftUser>("get_user", HttpMethod.Get, $"users/{Esc(userId)}", null, null, cancellationToken);

    public Task<IReadOnlyList<Membership>> GetMembershipsAsync(string userId, CancellationToken cancellationToken = default) =>
        ListAsync<Membership>("get_memberships", $"users/{Esc(userId)}/memberships", cancellationToken);

    public Task<KhulnasoftAccount> GetAccountAsync(string accountId, CancellationToken cancellationToken = default) =>
        SendAsync<KhulnasoftAccount>("get_account", HttpMethod.Get, $"accounts/{Esc(accountId)}", null, null, cancellationToken);

    public Task<IReadOnlyList<AccountMember>> GetAccountMembersAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<AccountMember>("get_account_members", $"accounts/{Esc(accountId)}/members", cancellationToken);

    public Task<IReadOnlyList<SsoConnector>> GetSsoConnectorsAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<SsoConnector>("get_sso_connectors", $"accounts/{Esc(accountId)}/sso_connectors", cancellationToken);

    public Task<IReadOnlyList<Subscription>> GetSubscriptionsAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<Subscription>("get_subscriptions", $"accounts/{Esc(accountId)}/subscriptions", cancellationToken);

    /// <summary>Cancels a subscription; with <paramref name="idempotencyKey"/> a repeat answers the first result and changes nothing again.</summary>
    public Task<Subscription> CancelSubscriptionAsync(string accountId, string subscriptionId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<Subscription>("cancel_subscription", HttpMethod.Delete, $"accounts/{Esc(accountId)}/subscriptions/{Esc(subscriptionId)}", null, idempotencyKey, cancellationToken);

    /// <summary>The account's Customer Success Manager, or null when the account has none.</summary>
    public async Task<CustomerSuccessManager?> GetCustomerSuccessManagerAsync(string accountId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<CustomerSuccessManager>("get_csm", HttpMethod.Get, $"accounts/{Esc(accountId)}/customer_success_manager", null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (AccountNotFoundException e) when (e.ErrorCodes.Contains("csm_not_assigned"))
        {
            return null;
        }
    }

    public Task<IReadOnlyList<Zone>> GetZonesAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<Zone>("get_zones", $"zones?account.id={Esc(accountId)}", cancellationToken);

    /// <summary>The zone's DNS records (none once the zone was removed).</summary>
    public Task<IReadOnlyList<DnsRecord>> GetDnsRecordsAsync(string zoneId, CancellationToken cancellationToken = default) =>
        ListAsync<DnsRecord>("get_dns_records", $"zones/{Esc(zoneId)}/dns_records", cancellationToken);

    /// <summary>Removes a zone; with <paramref name="idempotencyKey"/> a repeat answers the first result (not 404) and changes nothing again.</summary>
    public Task<Zone> RemoveZoneAsync(string zoneId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<Zone>("remove_zone", HttpMethod.Delete, $"zones/{Esc(zoneId)}", null, idempotencyKey, cancellationToken);

    public Task<IReadOnlyList<RegistrarDomain>> GetRegistrarDomainsAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<RegistrarDomain>("get_registrar_domains", $"accounts/{Esc(accountId)}/registrar/domains", cancellationToken);

    /// <summary>Switches a registrar domain's auto-renew; with <paramref name="idempotencyKey"/> a repeat answers the first result.</summary>
    public Task<RegistrarDomain> SetAutoRenewAsync(string accountId, string domainName, bool autoRenew, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<RegistrarDomain>("set_auto_renew", HttpMethod.Put, $"accounts/{Esc(accountId)}/registrar/domains/{Esc(domainName)}",
            JsonContent.Create(new { auto_renew = autoRenew }), idempotencyKey, cancellationToken);

    public Task<BillingProfile> GetBillingProfileAsync(string accountId, CancellationToken cancellationToken = default) =>
        SendAsync<BillingProfile>("get_billing_profile", HttpMethod.Get, $"accounts/{Esc(accountId)}/billing/profile", null, null, cancellationToken);

    /// <summary>Deletes the payment method (409 <c>balance_due</c> while a balance is open); with <paramref name="idempotencyKey"/> a repeat answers the first result.</summary>
    public Task<BillingProfile> DeletePaymentMethodAsync(string accountId, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendAsync<BillingProfile>("delete_payment_method", HttpMethod.Delete, $"accounts/{Esc(accountId)}/billing/payment_method", null, idempotencyKey, cancellationToken);

    public Task<IReadOnlyList<Invoice>> GetInvoicesAsync(string accountId, CancellationToken cancellationToken = default) =>
        ListAsync<Invoice>("get_invoices", $"accounts/{Esc(accountId)}/billing/invoices", cancellationToken);

    /// <summary>One invoice as PDF (the only call that answers with something other than the JSON envelope on success).</summary>
    public async Task<InvoicePdf> GetInvoicePdfAsync(string accountId, string invoiceId, CancellationToken cancellationToken = default)
    {
        const string operation = "get_invoice_pdf";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"accounts/{Esc(accountId)}/billing/invoices/{Esc(invoiceId)}/pdf");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        using var response = await SendRawAsync(operation, request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? $"{invoiceId}.pdf";
            return new InvoicePdf(fileName, bytes);
        }

        await ReadEnvelopeAsync<JsonElement>(operation, response, cancellationToken).ConfigureAwait(false);
        throw new AccountApiException($"Account API {operation} answered {(int)response.StatusCode} without a PDF.", response.StatusCode, []);
    }

    public Task<IReadOnlyList<LegalHold>> GetLegalHoldsAsync(string userId, CancellationToken cancellationToken = default) =>
        ListAsync<LegalHold>("get_legal_holds", $"users/{Esc(userId)}/legal_holds", cancellationToken);

    public Task<LegalHold> LiftLegalHoldAsync(string userId, string holdId, CancellationToken cancellationToken = default) =>
        SendAsync<LegalHold>("lift_legal_hold", HttpMethod.Delete, $"users/{Esc(userId)}/legal_holds/{Esc(holdId)}", null, null, cancellationToken);

    /// <summary>
    /// Deletes the user, the accounts they are primary owner of, and removes the other members of those accounts.
    /// Throws <see cref="PrerequisitesUnmetException"/> (409) listing what is left to do. Repeating the call with the
    /// same <paramref name="idempotencyKey"/> returns the same result.
    /// </summary>
    public Task<UserDeletion> DeleteUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return SendAsync<UserDeletion>("delete_user", HttpMethod.Delete, $"users/{Esc(userId)}", null, idempotencyKey, cancellationToken);
    }

    /// <summary>Purges a deleted user's personal data; <see cref="LegalHoldException"/> (423) while a legal hold exists.</summary>
    public Task<UserPurge> PurgeUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return SendAsync<UserPurge>("purge_user", HttpMethod.Post, $"users/{Esc(userId)}/purge", null, idempotencyKey, cancellationToken);
    }

    /// <summary>Follows a list endpoint page by page (<c>page</c>, <c>per_page</c>) until <c>total_count</c> is reached.</summary>
    public async IAsyncEnumerable<T> EnumerateAsync<T>(string operation, string pathAndQuery, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var seen = 0;
        for (var page = 1; ; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{pathAndQuery}{separator}page={page}&per_page={pageSize}");
            using var response = await SendRawAsync(operation, request, cancellationToken).ConfigureAwait(false);
            var envelope = await ReadEnvelopeAsync<List<T>>(operation, response, cancellationToken).ConfigureAwait(false);
            var items = envelope.Result ?? throw Malformed(operation, response.StatusCode, null);
            foreach (var item in items)
            {
                yield return item;
            }

            seen += items.Count;
            var info = envelope.ResultInfo;
            if (info is null || items.Count == 0 || seen >= info.TotalCount)
            {
                yield break;
            }
        }
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(string operation, string pathAndQuery, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        await foreach (var item in EnumerateAsync<T>(operation, pathAndQuery, cancellationToken).ConfigureAwait(false))
        {
            all.Add(item);
        }

        return all;
    }

    private async Task<T> SendAsync<T>(string operation, HttpMethod method, string path, HttpContent? content, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await SendRawAsync(operation, request, cancellationToken).ConfigureAwait(false);
        var envelope = await ReadEnvelopeAsync<T>(operation, response, cancellationToken).ConfigureAwait(false);
        return envelope.Result ?? throw Malformed(operation, response.StatusCode, null);
    }

    private async Task<HttpResponseMessage> SendRawAsync(string operation, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            // The answer is read in full before the client is disposed (which only releases the client, not the pooled handler).
            using var http = clients.CreateClient(HttpClientName);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            KhulnasoftApiLog.ApiAnswered(logger, operation, (int)response.StatusCode);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException)
        {
            KhulnasoftApiLog.ApiUnavailable(logger, operation, e.GetType().Name);
            throw new AccountApiUnavailableException($"Account API {operation} is unavailable ({e.GetType().Name}).", null, e);
        }
    }

    private async Task<ApiEnvelope<T>> ReadEnvelopeAsync<T>(string operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        ApiEnvelope<JsonElement>? raw;
        try
        {
            raw = await response.Content.ReadFromJsonAsync<ApiEnvelope<JsonElement>>(AccountApiJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw Unreadable(operation, status, e);
        }

        if (raw is null)
        {
            throw Unreadable(operation, status, null);
        }

        if (raw.Success && response.IsSuccessStatusCode)
        {
            try
            {
                var result = raw.Result.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                    ? default
                    : raw.Result.Deserialize<T>(AccountApiJson.Options);
                return new ApiEnvelope<T>(true, raw.Errors, raw.Messages, result, raw.ResultInfo);
            }
            catch (JsonException e)
            {
                throw Unreadable(operation, status, e);
            }
        }

        var codes = (raw.Errors ?? []).Select(e => e.Code).ToArray();
        KhulnasoftApiLog.ApiError(logger, operation, status, string.Join(',', codes));
        var message = $"Account API {operation} failed ({(int)status}): {string.Join("; ", (raw.Errors ?? []).Select(e => $"{e.Code}: {e.Message}"))}";
        throw status switch
        {
            HttpStatusCode.NotFound => new AccountNotFoundException(message, codes),
            HttpStatusCode.Conflict when codes.Contains(AccountApiErrorCodes.PrerequisitesUnmet) =>
                new PrerequisitesUnmetException(message, codes, ReadUnmet(raw.Result)),
            HttpStatusCode.Locked => new LegalHoldException(message, codes),
            HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => new AccountApiUnavailableException(message, status),
            _ => new AccountApiException(message, status, codes),
        };

        Exception Unreadable(string op, HttpStatusCode code, Exception? inner)
        {
            KhulnasoftApiLog.ApiMalformed(logger, op, (int)code);
            return (int)code is 429 or >= 500
                ? new AccountApiUnavailableException($"Account API {op} answered {(int)code}.", code, inner)
                : Malformed(op, code, inner);
        }
    }

    private static IReadOnlyList<UnmetPrerequisite> ReadUnmet(JsonElement result)
    {
        if (result.ValueKind == JsonValueKind.Object)
        {
            return result.Deserialize<PrerequisitesResult>(AccountApiJson.Options)?.UnmetPrerequisites ?? [];
        }

        return [];
    }

    private static AccountApiException Malformed(string operation, HttpStatusCode status, Exception? inner) =>
        new($"Account API {operation} answered {(int)status} with a body that is not a valid envelope.", status, [], inner);

    private static string Esc(string value) => Uri.EscapeDataString(value);
}
