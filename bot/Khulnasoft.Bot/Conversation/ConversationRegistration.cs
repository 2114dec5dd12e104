using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Conversation;

/// <summary>Registers the bot (the <see cref="IBot"/> the messaging endpoint runs).</summary>
public static class ConversationRegistration
{
    public static IHostApplicationBuilder AddConversation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<IBot, KhulnasoftActivityHandler>();
        return builder;
    }
}
