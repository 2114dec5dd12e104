namespace Khulnasoft.Bot.Fixes;

/// <summary>Why the bot does not make a change the user asked for (the audit's <c>reason</c>, in snake_case).</summary>
public enum FixRefusal
{
    /// <summary>The item or resource is not one of the open items of the accounts this user is deleting (a forged or stale click).</summary>
    NotInScope,

    /// <summary>Nameservers and DNS records: the user's registrar and DNS provider hold them; guidance only.</summary>
    GuidanceOnly,

    /// <summary>A contract subscription: the Customer Success Manager ends it, never the bot.</summary>
    Contract,

    /// <summary>The user's role on the account does not allow this change (<see cref="FixPermissions"/>).</summary>
    Role,
}
