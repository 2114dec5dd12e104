using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// The Khulnasoft account API (v4 envelope) on a loopback port, as the deletion jobs use it: prerequisites, delete,
/// legal holds, purge, with Idempotency-Key replay. Counts calls and effects so tests can prove "deleted once".
/// </summary>
public sealed class FakeAccountApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _deleteReplies = new();
    private readonly ConcurrentDictionary<string, bool> _purgeReplies = new();
    private int _deleteCalls;
    private int _deleteEffects;
    private int _purgeCalls;
    private int _purgeEffects;
    private int _failures;

    private FakeAccountApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public int DeleteCalls => _deleteCalls;

    public int DeleteEffects => _deleteEffects;

    public int PurgeCalls => _purgeCalls;

    public int PurgeEffects => _purgeEffects;

    /// <summary>Zones still on an account (a prerequisite that can "reappear").</summary>
    public ConcurrentDictionary<string, string> ZonesByAccount { get; } = new();

    /// <summary>Users under a legal hold (reason is staff-only: litigation).</summary>
    public ConcurrentDictionary<string, bool> LegalHolds { get; } = new();

    public ConcurrentDictionary<string, bool> DeletedUsers { get; } = new();

    public ConcurrentDictionary<string, bool> PurgedUsers { get; } = new();

    public ConcurrentBag<string> IdempotencyKeys { get; } = [];

    /// <summary>
    /// Users whose delete the API refuses with 409 <c>prerequisites_unmet</c> and these entries of <c>unmet_prerequisites</c>
    /// (the reads show nothing left: the API's own check is the last word).
    /// </summary>
    public ConcurrentDictionary<string, object[]> RefusedDeletes { get; } = new();

    /// <summary>The next <paramref name="count"/> delete or purge calls answer 500.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

    public static async Task<FakeAccountApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeAccountApi(app);
        api.Map(app);
        await app.StartAsync();
        api.BaseUrl = app.Urls.First().TrimEnd('/') + "/client/v4";
        return api;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult Ok(object? result) => Results.Json(new { success = true, errors = Array.Empty<object>(), messages = Array.Empty<object>(), result, result_info = new { page = 1, per_page = 50, count = 0, total_count = 0 } });

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { success = false, errors = new[] { new { code, message } }, messages = Array.Empty<object>(), result = (object?)null }, statusCode: status);

    private static object Deletion(string userId) => new
    {
        user_id = userId,
        status = "deleted",
        deleted_accounts = new[] { new { id = "acct_of_" + userId, name = "Account" } },
        removed_members = new[] { new { account_id = "acct_of_" + userId, user_id = "user_member" } },
        left_accounts = Array.Empty<object>(),
    };

    private bool ShouldFail() => Interlocked.Decrement(ref _failures) >= 0;

    private void Map(WebApplication app)
    {
        var v4 = app.MapGroup("/client/v4");
        v4.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.Authorization == "Bearer test-token" ? await next(context) : Error(401, "unauthorized", "bad token"));
        v4.MapGet("/accounts/{id}/subscriptions", (string id) => Ok(Array.Empty<object>()));
        v4.MapGet("/accounts/{id}/registrar/domains", (string id) => Ok(Array.Empty<object>()));
        v4.MapGet("/accounts/{id}/billing/profile", (string id) => Ok(new { payment_method = (object?)null, balance = 0, currency = "USD" }));
        v4.MapGet("/zones", (HttpRequest request) =>
            ZonesByAccount.TryGetValue(request.Query["account.id"].ToString(), out var zone)
                ? Ok(new[]
                {
                    new
                    {
                        id = "z1", name = zone, status = "active", type = "full", account = new { id = request.Query["account.id"].ToString(), name = "Account" },
                        name_servers = new[] { "ns1.khulnasoft.com" }, original_name_servers = Array.Empty<string>(), original_registrar = (string?)null,
                        registrar_name_servers = Array.Empty<string>(), dns_records_moved = (bool?)null,
                    },
                })
                : Ok(Array.Empty<object>()));
        v4.MapGet("/users/{id}/legal_holds", (string id) =>
            LegalHolds.ContainsKey(id) ? Ok(new[] { new { id = "hold-1", reason = "litigation", created_at = "2026-01-01T00:00:00Z" } }) : Ok(Array.Empty<object>()));
        v4.MapDelete("/users/{id}", (string id, HttpRequest request) =>
        {
            Interlocked.Increment(ref _deleteCalls);
            var key = request.Headers["Idempotency-Key"].ToString();
            IdempotencyKeys.Add(key);
            if (ShouldFail())
            {
                return Error(500, "internal", "temporary failure");
            }

            if (RefusedDeletes.TryGetValue(id, out var unmet))
            {
                return Results.Json(
                    new
                    {
                        success = false, errors = new[] { new { code = "prerequisites_unmet", message = $"{unmet.Length} prerequisite(s) unmet" } },
                        messages = Array.Empty<object>(), result = new { unmet_prerequisites = unmet },
                    },
                    statusCode: 409);
            }

            if (_deleteReplies.TryGetValue(key, out var replayed))
            {
                return Ok(Deletion(replayed));
            }

            if (DeletedUsers.ContainsKey(id))
            {
                return Error(404, "user_deleted", "user deleted");
            }

            DeletedUsers[id] = true;
            _deleteReplies[key] = id;
            Interlocked.Increment(ref _deleteEffects);
            return Ok(Deletion(id));
        });
        v4.MapPost("/users/{id}/purge", (string id, HttpRequest request) =>
        {
            Interlocked.Increment(ref _purgeCalls);
            var key = request.Headers["Idempotency-Key"].ToString();
            if (ShouldFail())
            {
                return Error(500, "internal", "temporary failure");
            }

            if (LegalHolds.ContainsKey(id))
            {
                return Error(423, "legal_hold", "locked");
            }

            if (_purgeReplies.TryAdd(key, true))
            {
                PurgedUsers[id] = true;
                Interlocked.Increment(ref _purgeEffects);
            }

            return Ok(new { user_id = id, status = "purged", purged_at = "2026-11-29T04:00:00Z" });
        });
    }
}
