namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>What the step asks while the customer success manager has the deletion (the template of its prompt): to say
/// "continue" once handed back, when the route of <paramref name="AccountName"/> is read again.</summary>
internal sealed record CsmQuestion(string AccountName);
