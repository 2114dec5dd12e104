namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The question for the account's email address (the template of its prompt; it has no parameters).</summary>
internal sealed record EmailQuestion;
