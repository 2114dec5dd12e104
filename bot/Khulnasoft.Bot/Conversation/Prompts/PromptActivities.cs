using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Conversation.Prompts;

/// <summary>What a prompt sends: the question, and what it says after an answer it can't use (the question when null).</summary>
public sealed record PromptActivities(Activity Prompt, Activity? RetryPrompt = null);
