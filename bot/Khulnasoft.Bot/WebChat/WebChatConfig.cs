namespace Khulnasoft.Bot.WebChat;

/// <summary>What the page needs to know: whether the sandbox picker is shown, and its users.</summary>
public sealed record WebChatConfig(bool Sandbox, IReadOnlyList<WebChatDemoUser> Users);
