using Khulnasoft.Bot.ConversationHooks;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>Who asks to resume which paused case (the options of <see cref="ResumeDialog"/>).</summary>
public sealed record ResumeRequest(VerifiedIdentity Identity, string CaseId);
