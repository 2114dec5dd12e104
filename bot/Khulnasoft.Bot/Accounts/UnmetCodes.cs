namespace Khulnasoft.Bot.Accounts;

/// <summary>The <c>code</c> values of <see cref="UnmetPrerequisite"/>.</summary>
public static class UnmetCodes
{
    public const string ContractAccount = "contract_account";
    public const string ActiveSubscription = "active_subscription";
    public const string ZoneActive = "zone_active";
    public const string NameServersPointing = "nameservers_pointing";
    public const string AutoRenewEnabled = "auto_renew_enabled";
    public const string CnameRecordsNotMoved = "cname_records_not_moved";
    public const string PaymentMethodOnFile = "payment_method_on_file";
}
