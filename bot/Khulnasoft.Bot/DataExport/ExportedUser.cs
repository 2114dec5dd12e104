using Khulnasoft.Bot.Accounts;

namespace Khulnasoft.Bot.DataExport;

/// <summary>What the account API holds about a user: their profile, memberships and the accounts they own.</summary>
public sealed record ExportedUser(KhulnasoftUser Profile, IReadOnlyList<Membership> Memberships, IReadOnlyList<ExportedAccount> OwnedAccounts);
