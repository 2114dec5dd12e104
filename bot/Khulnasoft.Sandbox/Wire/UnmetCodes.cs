namespace Khulnasoft.Sandbox.Wire;

/// <summary>The <c>code</c> values of an unmet prerequisite (docs/khulnasoft-api.md, "Deleting a user").</summary>
internal static class UnmetCodes
{
    public const string ContractAccount = "contract_account";
    public const string ActiveSubscription = "active_subscription";
    public const string ZoneActive = "zone_active";
    public const string NameServersPointing = "nameservers_pointing";
    public const string CnameRecordsNotMoved = "cname_records_not_moved";
    public const string AutoRenewEnabled = "auto_renew_enabled";
    public const string PaymentMethodOnFile = "payment_method_on_file";
}
