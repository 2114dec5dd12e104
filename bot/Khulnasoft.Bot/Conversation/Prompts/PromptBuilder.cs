using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation.Prompts;

/// <summary>Builds what a prompt says from what it asks (its template), in the current culture, for this turn's channel.</summary>
public delegate PromptActivities PromptBuilder<in TTemplate>(ITurnContext turnContext, TTemplate template);
