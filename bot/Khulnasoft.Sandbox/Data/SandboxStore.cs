using System.Text.Json;
using Khulnasoft.Sandbox.Api;
using Khulnasoft.Sandbox.Wire;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Sandbox.Data;

/// <summary>
/// The sandbox's data: loaded from the seed file at start-up, kept in memory, changed by the API and the dashboard
/// (thread-safe; changes live until restart). Errors are thrown as <see cref="SandboxApiException"/>.
/// </summary>
internal sealed class SandboxStore
{
    private readonly Lock gate = new();
    private readonly SandboxSeed data;
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
    }

    public IReadOnlyList<User> FindUsers(string? email, string? tenantId, string? objectId)
    {
        lock (gate)
        {
            return data.Users
                .Where(u => u.Status == "active")
                .Where(u => email is null || string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
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
            return LiveAccounts()
                .SelectMany(a => a.Members.Where(m => m.UserId == user.Id).Select(m => new Membership(
                    m.Id, new IdName(a.Id, a.Name), m.Roles, m.Status, m.IsPrimaryOwner)))
                .ToList();
        }
    }

    public Account GetAccount(string accountId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            return new Account(a.Id, a.Name, a.Type, a.CreatedOn);
        }
    }

    public IReadOnlyList<Member> GetMembers(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Members.Select(m =>
            {
                var u = data.Users.First(x => x.Id == m.UserId);
                return new Member(m.Id, new MemberUser(u.Id, u.Email, u.Name), m.Roles, m.Status, m.IsPrimaryOwner);
            }).ToList();
        }
    }

    public IReadOnlyList<SsoConnector> GetSsoConnectors(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).SsoConnectors.ToList();
        }
    }

    public IReadOnlyList<Subscription> GetSubscriptions(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Subscriptions.Select(ToApi).ToList();
        }
    }

    public Subscription CancelSubscription(string accountId, string subscriptionId, string? idempotencyKey = null) =>
        Idempotent("cancel_subscription", idempotencyKey, $"DELETE accounts/{accountId}/subscriptions/{subscriptionId}", () => CancelSubscriptionOnce(accountId, subscriptionId, idempotencyKey));

    private Subscription CancelSubscriptionOnce(string accountId, string subscriptionId, string? idempotencyKey)
    {
        lock (gate)
        {
            var s = Account(accountId).Subscriptions.FirstOrDefault(x => x.Id == subscriptionId)
                ?? throw NotFound("subscription");
            if (s.RatePlan.IsContract)
            {
                throw new SandboxApiException(409, "contract_subscription", "Contract subscriptions are cancelled by your Customer Success Manager.");
            }

            s.State = "cancelled";
            Record("cancel_subscription", s.Id, idempotencyKey);
            return ToApi(s);
        }
    }

    /// <summary>Staff (the CSM) ends a contract: its subscription is cancelled, and the account is no longer under contract.</summary>
    public Subscription EndContract(string accountId, string subscriptionId)
    {
        lock (gate)
        {
            var s = Account(accountId).Subscriptions.FirstOrDefault(x => x.Id == subscriptionId && x.RatePlan.IsContract)
                ?? throw NotFound("contract subscription");
            s.State = "cancelled";
            return ToApi(s);
        }
    }

    public CustomerSuccessManager GetCustomerSuccessManager(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).CustomerSuccessManager
                ?? throw new SandboxApiException(404, "csm_not_assigned", "This account has no Customer Success Manager.");
        }
    }

    public IReadOnlyList<Zone> GetZones(string accountId)
    {
        lock (gate)
        {
            var account = Account(accountId);
            return data.Zones.Where(z => z.AccountId == account.Id).Select(ToApi).ToList();
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

    public IReadOnlyList<RegistrarDomain> GetRegistrarDomains(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).RegistrarDomains.Select(ToApi).ToList();
        }
    }

    public RegistrarDomain SetAutoRenew(string accountId, string domainName, bool autoRenew, string? idempotencyKey = null) =>
        Idempotent("set_auto_renew", idempotencyKey, $"PUT accounts/{accountId}/registrar/domains/{domainName.ToLowerInvariant()} auto_renew={autoRenew}",
            () => SetAutoRenewOnce(accountId, domainName, autoRenew, idempotencyKey));

    private RegistrarDomain SetAutoRenewOnce(string accountId, string domainName, bool autoRenew, string? idempotencyKey)
    {
        lock (gate)
        {
            var d = Account(accountId).RegistrarDomains.FirstOrDefault(x => string.Equals(x.Name, domainName, StringComparison.OrdinalIgnoreCase))
                ?? throw NotFound("registrar domain");
            d.AutoRenew = autoRenew;
            Record(autoRenew ? "enable_auto_renew" : "disable_auto_renew", d.Name, idempotencyKey);
            return ToApi(d);
        }
    }

    public BillingProfile GetBillingProfile(string accountId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            return new BillingProfile(a.PaymentMethod, a.Balance, a.Currency);
        }
    }

    public BillingProfile DeletePaymentMethod(string accountId, string? idempotencyKey = null) =>
        Idempotent("delete_payment_method", idempotencyKey, $"DELETE accounts/{accountId}/billing/payment_method", () => DeletePaymentMethodOnce(accountId, idempotencyKey));

    private BillingProfile DeletePaymentMethodOnce(string accountId, string? idempotencyKey)
    {
        lock (gate)
        {
            var a = Account(accountId);
            if (a.PaymentMethod is not null && a.Balance > 0)
            {
                throw new SandboxApiException(409, ErrorCodes.BalanceDue,
                    $"{a.Balance.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {a.Currency} is still due on {a.Name}: pay it before deleting the payment method.");
            }

            if (a.PaymentMethod is not null)
            {
                Record("delete_payment_method", a.Id, idempotencyKey);
            }

            a.PaymentMethod = null;
            return new BillingProfile(null, a.Balance, a.Currency);
        }
    }

    public IReadOnlyList<Invoice> GetInvoices(string accountId)
    {
        lock (gate)
        {
            return Account(accountId).Invoices.OrderByDescending(i => i.Date).ToList();
        }
    }

    public (Account Account, Invoice Invoice) GetInvoice(string accountId, string invoiceId)
    {
        lock (gate)
        {
            var a = Account(accountId);
            var invoice = a.Invoices.FirstOrDefault(i => i.Id == invoiceId) ?? throw NotFound("invoice");
            return (new Account(a.Id, a.Name, a.Type, a.CreatedOn), invoice);
        }
    }

    public IReadOnlyList<LegalHold> GetLegalHolds(string userId)
    {
        lock (gate)
        {
            var user = KnownUser(userId);
            return data.LegalHolds.Where(h => h.UserId == user.Id).Select(ToApi).ToList();
        }
    }

    /// <summary>Every legal hold with its user (the staff page).</summary>
    public IReadOnlyList<(LegalHold Hold, string UserId, string Email)> GetAllLegalHolds()
    {
        lock (gate)
        {
            return data.LegalHolds
                .Select(h => (ToApi(h), h.UserId, data.Users.First(u => u.Id == h.UserId).Email))
                .ToList();
        }
    }

    public LegalHold LiftLegalHold(string userId, string holdId)
    {
        lock (gate)
        {
            var user = KnownUser(userId);
            var hold = data.LegalHolds.FirstOrDefault(h => h.Id == holdId && h.UserId == user.Id) ?? throw NotFound("legal hold");
            data.LegalHolds.Remove(hold);
            return ToApi(hold);
        }
    }

    /// <summary>The prerequisites still unmet before <paramref name="userId"/> can be deleted.</summary>
    public IReadOnlyList<UnmetPrerequisite> GetUnmetPrerequisites(string userId)
    {
        lock (gate)
        {
            return Unmet(LiveUser(userId));
        }
    }

    public UserDeletion DeleteUser(string userId, string? idempotencyKey)
    {
        lock (gate)
        {
            var cacheKey = $"delete|{userId}|{idempotencyKey}";
            if (idempotencyKey is not null && idempotentResults.TryGetValue(cacheKey, out var cached))
            {
                return (UserDeletion)cached;
            }

            var user = LiveUser(userId);
            var unmet = Unmet(user);
            if (unmet.Count > 0)
            {
                throw new SandboxApiException(409, ErrorCodes.PrerequisitesUnmet,
                    $"{unmet.Count} prerequisite(s) must be completed before this user can be deleted.", new PrerequisitesResult(unmet));
            }

            var deleted = new List<IdName>();
            var removed = new List<RemovedMember>();
            var left = new List<IdName>();
            foreach (var account in LiveAccounts().ToList())
            {
                var membership = account.Members.FirstOrDefault(m => m.UserId == user.Id);
                if (membership is null)
                {
                    continue;
                }

                if (membership.IsPrimaryOwner)
                {
                    account.Deleted = true;
                    deleted.Add(new IdName(account.Id, account.Name));
                    removed.AddRange(account.Members.Where(m => m.UserId != user.Id).Select(m => new RemovedMember(account.Id, m.UserId)));
                    foreach (var zone in data.Zones.Where(z => z.AccountId == account.Id))
                    {
                        zone.Status = "deleted";
                    }
                }
                else
                {
                    account.Members.Remove(membership);
                    left.Add(new IdName(account.Id, account.Name));
                }
            }

            user.Status = "deleted";
            var result = new UserDeletion(user.Id, "deleted", deleted, removed, left);
            if (idempotencyKey is not null)
            {
                idempotentResults[cacheKey] = result;
            }

            return result;
        }
    }

    public UserPurge PurgeUser(string userId, string? idempotencyKey)
    {
        lock (gate)
        {
            var cacheKey = $"purge|{userId}|{idempotencyKey}";
            if (idempotencyKey is not null && idempotentResults.TryGetValue(cacheKey, out var cached))
            {
                return (UserPurge)cached;
            }

            var user = KnownUser(userId);
            if (user.Status != "deleted")
            {
                throw new SandboxApiException(409, ErrorCodes.UserNotDeleted, "Only a deleted user can be purged.");
            }

            if (data.LegalHolds.Any(h => h.UserId == user.Id))
            {
                throw new SandboxApiException(423, ErrorCodes.LegalHold, "This user's data is under a legal hold and cannot be purged.");
            }

            user.Status = "purged";
            user.Email = "";
            user.Name = "";
            user.Entra = null;
            var result = new UserPurge(user.Id, "purged", time.GetUtcNow());
            if (idempotencyKey is not null)
            {
                idempotentResults[cacheKey] = result;
            }

            return result;
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

    private sealed record RememberedResult(string Request, object Result, DateTimeOffset At);

    private List<UnmetPrerequisite> Unmet(SandboxUser user)
    {
        var unmet = new List<UnmetPrerequisite>();
        foreach (var account in LiveAccounts().Where(a => a.Members.Any(m => m.UserId == user.Id && m.IsPrimaryOwner)))
        {
            string? ZoneName(string? zoneId) => data.Zones.FirstOrDefault(z => z.Id == zoneId)?.Name;
            foreach (var s in account.Subscriptions.Where(s => s.State == "active" && s.RatePlan.IsContract))
            {
                unmet.Add(new(UnmetCodes.ContractAccount, account.Id, ZoneName(s.ZoneId), s.Id, $"{account.Name} is under contract: contact your Customer Success Manager."));
            }

            foreach (var s in account.Subscriptions.Where(s => s.State == "active" && !s.RatePlan.IsContract && s.RatePlan.Id != "free"))
            {
                unmet.Add(new(UnmetCodes.ActiveSubscription, account.Id, ZoneName(s.ZoneId), s.Id, $"Cancel the subscription {s.RatePlan.PublicName}."));
            }

            foreach (var z in data.Zones.Where(z => z.AccountId == account.Id))
            {
                if (z.Status != "deleted")
                {
                    unmet.Add(new(UnmetCodes.ZoneActive, account.Id, z.Name, z.Id, $"Remove {z.Name} from Khulnasoft."));
                }

                if (z.Type == "full" && z.RegistrarNameServers.Intersect(z.NameServers, StringComparer.OrdinalIgnoreCase).Any())
                {
                    unmet.Add(new(UnmetCodes.NameServersPointing, account.Id, z.Name, z.Id, $"Remove the Khulnasoft nameservers of {z.Name} at your registrar."));
                }

                if (z.Type == "partial" && z.DnsRecordsMoved != true)
                {
                    unmet.Add(new(UnmetCodes.CnameRecordsNotMoved, account.Id, z.Name, z.Id, $"Point the DNS records of {z.Name} at your origin instead of Khulnasoft."));
                }
            }

            foreach (var d in account.RegistrarDomains.Where(d => d.AutoRenew))
            {
                unmet.Add(new(UnmetCodes.AutoRenewEnabled, account.Id, d.Name, d.Name, $"Disable auto-renew for {d.Name}."));
            }

            if (account.PaymentMethod is not null)
            {
                unmet.Add(new(UnmetCodes.PaymentMethodOnFile, account.Id, null, null, $"Delete the payment method of {account.Name}."));
            }
        }

        return unmet;
    }

    private IEnumerable<SandboxAccount> LiveAccounts() => data.Accounts.Where(a => !a.Deleted);

    private SandboxUser KnownUser(string userId)
    {
        var user = data.Users.FirstOrDefault(u => u.Id == userId) ?? throw NotFound("user");
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
        LiveAccounts().FirstOrDefault(a => a.Id == accountId) ?? throw NotFound("account");

    private SandboxZone Zone(string zoneId) =>
        data.Zones.FirstOrDefault(z => z.Id == zoneId && LiveAccounts().Any(a => a.Id == z.AccountId)) ?? throw NotFound("zone");

    private static SandboxApiException NotFound(string what) =>
        new(404, ErrorCodes.NotFound, $"No such {what}.");

    private static User ToApi(SandboxUser u) => new(u.Id, u.Email, u.Name, u.Status, u.Entra);

    private Subscription ToApi(SandboxSubscription s)
    {
        var zone = data.Zones.FirstOrDefault(z => z.Id == s.ZoneId);
        return new(s.Id, s.State, s.RatePlan, zone is null ? null : new IdName(zone.Id, zone.Name), s.Price, s.Currency, s.Frequency);
    }

    private Zone ToApi(SandboxZone z)
    {
        var account = data.Accounts.First(a => a.Id == z.AccountId);
        return new(z.Id, z.Name, z.Status, z.Type, new IdName(account.Id, account.Name), z.NameServers, z.OriginalNameServers,
            z.OriginalRegistrar, [.. z.RegistrarNameServers], z.DnsRecordsMoved, z.ProxiedHostnames, z.CnameTarget);
    }

    private static RegistrarDomain ToApi(SandboxRegistrarDomain d) => new(d.Name, d.AutoRenew, d.ExpiresAt);

    private static LegalHold ToApi(SandboxLegalHold h) => new(h.Id, h.Reason, h.CreatedAt);
}
