namespace Khulnasoft.Bot.Conversation;

/// <summary>Which way a deletion goes, decided from live account data.</summary>
public enum DeletionRoute
{
    /// <summary>The user deletes on their own: checklist, invoices, confirmation.</summary>
    SelfServe,

    /// <summary>An SSO account and the user is not its super administrator: a super administrator approves first.</summary>
    AdminApproval,

    /// <summary>A contract account: its Customer Success Manager handles the deletion.</summary>
    CustomerSuccess,
}
