namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>Why the identity is asked for, which words the question (begin <see cref="IdentityDialog"/> with it as options).</summary>
public enum IdentityPurpose
{
    /// <summary>Starting a deletion: "Is this the account you want to delete?" (also when no purpose is given).</summary>
    Deletion,

    /// <summary>Status, undo or history of an existing case: "Is this your account?".</summary>
    CaseCommand,
}
