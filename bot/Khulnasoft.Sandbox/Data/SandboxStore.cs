using System.Text.Json;
using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Sandbox.Data;

/// <summary>
/// The sandbox's data: loaded from the seed file at start-up, kept in memory, changed by the API and the dashboard
/// (thread-safe; changes live until restart). Errors are thrown as <see cref="SandboxApiException"/>.
/// </summary>
internal sealed partial class SandboxStore
{
    private readonly Lock gate = new();
    private readonly SandboxSeed data;
    private readonly SandboxIndex index;
    private readonly TimeProvider time;
    private readonly Dictionary<string, object> idempotentResults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RememberedResult> remembered = new(StringComparer.Ordinal);
    private readonly List<SandboxChange> changes = [];

    /// <summary>How long a mutating call's <c>Idempotency-Key</c> is remembered (docs/khulnasoft-api.md, "Idempotency").</summary>
    public static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromHours(24);

    public SandboxStore(IOptions<SandboxOptions> options, TimeProvider time)
    {
        this.time = time;
        var path = Path.IsPathRooted(options.Value.SeedFile)
            ? options.Value.SeedFile
            : Path.Combine(AppContext.BaseDirectory, options.Value.SeedFile);
        using var stream = File.OpenRead(path);
        data = JsonSerializer.Deserialize<SandboxSeed>(stream, SandboxApi.Json)
            ?? throw new InvalidOperationException($"The sandbox seed file {path} is empty.");
        index = new SandboxIndex(data);
    }

    public IReadOnlyList<User> FindUsers(string? email, string? tenantId, string? objectId)
    {
        lock (gate)
        {
            return (email is null ? data.Users : index.UsersWithEmail(email))
                .Where(u => u.Status == "active")
                .Where(u => tenantId is null || string.Equals(u.Entra?.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
                .Where(u => objectId is null || string.Equals(u.Entra?.ObjectId, objectId, StringComparison.OrdinalIgnoreCase))
                .Select(ToApi)
                .ToList();
        }
    }

    public User GetUser(string userId)
    {
        lock (gate)
        {
            return ToApi(LiveUser(userId));
        }
    }

    public IReadOnlyList<Membership> GetMemberships(string userId)
    {
        lock (gate)
        {
            var user = LiveUser(userId);
            return LiveAccountsOf(user)
                .SelectMany(a => a.Members.Where(m => m.UserId == user.Id).Select(m => new Membership(
                    m.Id, new IdName(a.Id, a.Name), m.Roles, m.Status, m.IsPrimaryOwner)))
                .ToList();
        }
    }

    /// <summary>Accounts (including deleted ones) for the dashboard's index.</summary>
    public IReadOnlyList<(Account Account, bool Deleted)> GetAllAccounts()
    {
        lock (gate)
        {
            return data.Accounts.Select(a => (new Account(a.Id, a.Name, a.Type, a.CreatedOn), a.Deleted)).ToList();
        }
    }

    /// <summary>Every change the API or the dashboard made (cancelled, removed, switched off, deleted), oldest first.</summary>
    public IReadOnlyList<SandboxChange> GetChanges()
    {
        lock (gate)
        {
            return [.. changes];
        }
    }

    /// <summary>
    /// Runs a mutating call once per <paramref name="key"/>: a repeat with the same key and the same request answers
    /// the remembered result without changing anything again; the same key with another request is refused (422
    /// <c>idempotency_key_reused</c>). Errors are not remembered. Keys live <see cref="IdempotencyKeyLifetime"/>.
    /// Under the store's lock, so two concurrent calls with one key run one after the other and only the first changes.
    /// </summary>
    private T Idempotent<T>(string operation, string? key, string request, Func<T> apply)
        where T : notnull
    {
        if (key is null)
        {
            return apply();
        }

        lock (gate)
        {
            var slot = operation + "|" + key;
            var now = time.GetUtcNow();
            if (remembered.TryGetValue(slot, out var earlier) && now - earlier.At < IdempotencyKeyLifetime)
            {
                return string.Equals(earlier.Request, request, StringComparison.Ordinal)
                    ? (T)earlier.Result
                    : throw new SandboxApiException(422, ErrorCodes.IdempotencyKeyReused,
                        "This Idempotency-Key was already used for a different request; use a new key for a new request.");
            }

            var result = apply();
            remembered[slot] = new RememberedResult(request, result, now);
            return result;
        }
    }

    private void Record(string operation, string resourceId, string? idempotencyKey) =>
        changes.Add(new SandboxChange(operation, resourceId, idempotencyKey, time.GetUtcNow()));

    /// <summary>The accounts (not deleted) the user is listed in, in seed order.</summary>
    private IEnumerable<SandboxAccount> LiveAccountsOf(SandboxUser user) => index.AccountsOf(user.Id).Where(a => !a.Deleted);

    private SandboxUser KnownUser(string userId)
    {
        var user = index.User(userId) ?? throw NotFound("user");
        return user.Status == "purged"
            ? throw new SandboxApiException(404, ErrorCodes.UserPurged, "This user was deleted and their personal data purged.")
            : user;
    }

    private SandboxUser LiveUser(string userId)
    {
        var user = KnownUser(userId);
        return user.Status == "deleted"
            ? throw new SandboxApiException(404, ErrorCodes.UserDeleted, "This user was deleted.")
            : user;
    }

    private SandboxAccount Account(string accountId) =>
        index.Account(accountId) is { Deleted: false } account ? account : throw NotFound("account");

    private SandboxZone Zone(string zoneId) =>
        index.Zone(zoneId) is { } zone && index.Account(zone.AccountId) is { Deleted: false } ? zone : throw NotFound("zone");

    private static SandboxApiException NotFound(string what) =>
        new(404, ErrorCodes.NotFound, $"No such {what}.");

    private static User ToApi(SandboxUser u) => new(u.Id, u.Email, u.Name, u.Status, u.Entra);

    private Subscription ToApi(SandboxSubscription s)
    {
        var zone = s.ZoneId is null ? null : index.Zone(s.ZoneId);
        return new(s.Id, s.State, s.RatePlan, zone is null ? null : new IdName(zone.Id, zone.Name), s.Price, s.Currency, s.Frequency);
    }

    private Zone ToApi(SandboxZone z)
    {
        var account = index.Account(z.AccountId) ?? throw new InvalidOperationException($"Zone {z.Id} names an account the seed does not have.");
        return new(z.Id, z.Name, z.Status, z.Type, new IdName(account.Id, account.Name), z.NameServers, z.OriginalNameServers,
            z.OriginalRegistrar, [.. z.RegistrarNameServers], z.DnsRecordsMoved, z.ProxiedHostnames, z.CnameTarget);
    }

    private static RegistrarDomain ToApi(SandboxRegistrarDomain d) => new(d.Name, d.AutoRenew, d.ExpiresAt);

    private static LegalHold ToApi(SandboxLegalHold h) => new(h.Id, h.Reason, h.CreatedAt);

    private sealed record RememberedResult(string Request, object Result, DateTimeOffset At);
}
