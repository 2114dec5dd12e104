using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// <see cref="IAccountDeletionApi"/> over HTTP against the v4 envelope (<c>{success, errors, result, result_info}</c>).
/// Retries are not done here: the jobs own the retry policy (bounded attempts with backoff, recorded on the case).
/// </summary>
public sealed class HttpAccountDeletionApi(HttpClient http, IOptions<AccountApiOptions> options) : IAccountDeletionApi
{
    private const int PageSize = 50;

    public async Task<IReadOnlyList<string>> FindUnmetPrerequisitesAsync(string userId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountIds);
        var unmet = new List<string>();
        foreach (var accountId in accountIds)
        {
            var id = Uri.EscapeDataString(accountId);
            foreach (var subscription in await ListAsync($"accounts/{id}/subscriptions", cancellationToken).ConfigureAwait(false))
            {
                if (Str(subscription, "state") is not ("cancelled" or "canceled" or "expired"))
                {
                    var plan = subscription.TryGetProperty("rate_plan", out var ratePlan) ? Str(ratePlan, "public_name") : null;
                    unmet.Add($"Cancel the subscription {plan ?? Str(subscription, "id")}");
                }
            }

            foreach (var zone in await ListAsync($"zones?account.id={id}", cancellationToken).ConfigureAwait(false))
            {
                unmet.Add($"Remove the domain {Str(zone, "name")} from the account");
            }

            foreach (var domain in await ListAsync($"accounts/{id}/registrar/domains", cancellationToken).ConfigureAwait(false))
            {
                if (domain.TryGetProperty("auto_renew", out var autoRenew) && autoRenew.ValueKind == JsonValueKind.True)
                {
                    unmet.Add($"Turn off auto-renew for {Str(domain, "name")}");
                }
            }

            using var profile = await SendAsync(HttpMethod.Get, $"accounts/{id}/billing/profile", null, cancellationToken).ConfigureAwait(false);
            if (profile.Result is { ValueKind: JsonValueKind.Object } result
                && result.TryGetProperty("payment_method", out var method) && method.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            {
                unmet.Add("Delete the payment method on file");
            }
        }

        return unmet;
    }

    public async Task<UserDeletionOutcome> DeleteUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"users/{Uri.EscapeDataString(userId)}", idempotencyKey, cancellationToken, HttpStatusCode.Conflict).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.Conflict)
        {
            return UserDeletionOutcome.Refused(response.ErrorMessages);
        }

        var deleted = new List<string>();
        var removed = 0;
        if (response.Result is { ValueKind: JsonValueKind.Object } result)
        {
            if (result.TryGetProperty("deleted_accounts", out var accounts) && accounts.ValueKind == JsonValueKind.Array)
            {
                deleted.AddRange(accounts.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : Str(a, "id")).OfType<string>());
            }

            if (result.TryGetProperty("removed_members", out var members))
            {
                removed = members.ValueKind switch
                {
                    JsonValueKind.Array => members.GetArrayLength(),
                    JsonValueKind.Number => members.GetInt32(),
                    _ => 0,
                };
            }
        }

        return new UserDeletionOutcome(true, deleted, removed, []);
    }

    public async Task<bool> HasLegalHoldAsync(string userId, CancellationToken cancellationToken) =>
        (await ListAsync($"users/{Uri.EscapeDataString(userId)}/legal_holds", cancellationToken).ConfigureAwait(false)).Count > 0;

    public async Task<bool> PurgeUserAsync(string userId, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"users/{Uri.EscapeDataString(userId)}/purge", idempotencyKey, cancellationToken, HttpStatusCode.Locked).ConfigureAwait(false);
        return response.Status != HttpStatusCode.Locked;
    }

    private async Task<List<JsonElement>> ListAsync(string path, CancellationToken cancellationToken)
    {
        var items = new List<JsonElement>();
        for (var page = 1; page < 1000; page++)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            using var response = await SendAsync(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"{path}{separator}page={page}&per_page={PageSize}"), null, cancellationToken).ConfigureAwait(false);
            if (response.Result is not { ValueKind: JsonValueKind.Array } result)
            {
                break;
            }

            items.AddRange(result.EnumerateArray().Select(e => e.Clone()));
            var totalPages = response.Info is { ValueKind: JsonValueKind.Object } info && info.TryGetProperty("total_pages", out var tp) && tp.TryGetInt32(out var n) ? n : 0;
            var total = response.Info is { ValueKind: JsonValueKind.Object } info2 && info2.TryGetProperty("total_count", out var tc) && tc.TryGetInt32(out var t) ? t : 0;
            var more = totalPages > 0 ? page < totalPages : total > 0 ? items.Count < total : result.GetArrayLength() == PageSize;
            if (!more)
            {
                break;
            }
        }

        return items;
    }

    private async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? idempotencyKey, CancellationToken cancellationToken, HttpStatusCode? expectedError = null)
    {
        var baseUrl = options.Value.ApiBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            throw new AccountApiUnavailableException("Khulnasoft:ApiBaseUrl is not configured.");
        }

        using var request = new HttpRequestMessage(method, new Uri(baseUrl.TrimEnd('/') + "/" + path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.ServiceToken);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        HttpResponseMessage response;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new AccountApiUnavailableException("The account API could not be reached.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AccountApiUnavailableException("The account API timed out.", e);
        }

        using (response)
        {
            var status = response.StatusCode;
            if ((int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
            {
                throw new AccountApiUnavailableException(string.Create(CultureInfo.InvariantCulture, $"The account API answered {(int)status}."));
            }

            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false), cancellationToken: timeout.Token).ConfigureAwait(false);
            }
            catch (JsonException e)
            {
                throw new AccountApiUnavailableException("The account API answered malformed JSON.", e);
            }

            if (!response.IsSuccessStatusCode && status != expectedError)
            {
                document.Dispose();
                throw new HttpRequestException($"The account API refused {method} {path.Split('?')[0]}.", null, status);
            }

            return new ApiResponse(status, document);
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed class ApiResponse(HttpStatusCode status, JsonDocument document) : IDisposable
    {
        public HttpStatusCode Status => status;

        public JsonElement? Result => document.RootElement.TryGetProperty("result", out var r) ? r : null;

        public JsonElement? Info => document.RootElement.TryGetProperty("result_info", out var r) ? r : null;

        public IReadOnlyList<string> ErrorMessages =>
            document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                ? [.. errors.EnumerateArray().Select(e => Str(e, "message")).OfType<string>()]
                : [];

        public void Dispose() => document.Dispose();
    }
}
