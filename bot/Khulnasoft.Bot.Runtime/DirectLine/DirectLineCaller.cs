namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation), or of a token bound to one conversation.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineToken? Token, string Bearer)
{
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
