namespace Khulnasoft.Bot.Accounts;

/// <summary>A prerequisite that blocks deleting a user. Codes: active_subscription, zone_active, nameservers_pointing, auto_renew_enabled, cname_records_not_moved, payment_method_on_file, contract_account.</summary>
public sealed record UnmetPrerequisite(string Code, string AccountId, string? Domain, string? ResourceId, string Message);
