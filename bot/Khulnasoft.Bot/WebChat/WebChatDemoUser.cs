namespace Khulnasoft.Bot.WebChat;

/// <summary>One entry of the sandbox sign-in picker.</summary>
public sealed record WebChatDemoUser(string Email, string Label);
