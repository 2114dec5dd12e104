namespace Khulnasoft.Sandbox.Data;

/// <summary>
/// Look-ups into the seed by id, email and owner, built once at start-up: users, accounts and zones are never added
/// or removed (only their status changes), so a request finds what it needs without scanning every user or account.
/// A membership that deletion removes stays in <see cref="AccountsOf"/>; callers match the members themselves.
/// </summary>
internal sealed class SandboxIndex
{
    private readonly Dictionary<string, SandboxUser> _users;
    private readonly ILookup<string, SandboxUser> _usersByEmail;
    private readonly Dictionary<string, SandboxAccount> _accounts;
    private readonly ILookup<string, SandboxAccount> _accountsByMember;
    private readonly Dictionary<string, SandboxZone> _zones;
    private readonly ILookup<string, SandboxZone> _zonesByAccount;

    public SandboxIndex(SandboxSeed seed)
    {
        _users = FirstById(seed.Users, u => u.Id);
        _usersByEmail = seed.Users.ToLookup(u => u.Email, StringComparer.OrdinalIgnoreCase);
        _accounts = FirstById(seed.Accounts, a => a.Id);
        _accountsByMember = seed.Accounts
            .SelectMany(a => a.Members.Select(m => m.UserId).Distinct(StringComparer.Ordinal).Select(userId => (userId, a)))
            .ToLookup(p => p.userId, p => p.a, StringComparer.Ordinal);
        _zones = FirstById(seed.Zones, z => z.Id);
        _zonesByAccount = seed.Zones.ToLookup(z => z.AccountId, StringComparer.Ordinal);
    }

    /// <summary>By id; when a hand-written seed repeats an id, the first one wins (as a scan in seed order would find).</summary>
    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }

    public SandboxUser? User(string userId) => _users.GetValueOrDefault(userId);

    /// <summary>Users with this email, compared without case, in seed order.</summary>
    public IEnumerable<SandboxUser> UsersWithEmail(string email) => _usersByEmail[email];

    public SandboxAccount? Account(string accountId) => _accounts.GetValueOrDefault(accountId);

    /// <summary>Accounts the seed lists the user as a member of, in seed order (including deleted accounts).</summary>
    public IEnumerable<SandboxAccount> AccountsOf(string userId) => _accountsByMember[userId];

    public SandboxZone? Zone(string zoneId) => _zones.GetValueOrDefault(zoneId);

    /// <summary>The account's zones, in seed order.</summary>
    public IEnumerable<SandboxZone> ZonesOf(string accountId) => _zonesByAccount[accountId];
}
