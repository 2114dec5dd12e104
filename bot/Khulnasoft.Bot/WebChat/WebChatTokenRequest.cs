namespace Khulnasoft.Bot.WebChat;

/// <summary>The body of <c>POST /webchat/token</c>: the demo user to sign in as, or null for an anonymous chat.</summary>
public sealed record WebChatTokenRequest(string? User);
