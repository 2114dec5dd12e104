using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>What a channel can render (the SDK's <c>Channel</c> helper, as used by <see cref="ChoiceFactory.ForChannel"/>).</summary>
public static class ChannelCapabilities
{
    /// <summary>Longest button title that renders well (the SDK's <c>MaxActionTitleLength</c>).</summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>Whether suggested actions with <paramref name="buttonCount"/> buttons work.</summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount, string? conversationType = null) => channelId switch
    {
        Channels.Directline or Channels.Webchat or Channels.Emulator or "directlinespeech" or "telegram" => buttonCount <= 100,
        "facebook" or "skype" => buttonCount <= 10,
        "line" => buttonCount <= 13,
        "kik" => buttonCount <= 20,
        Channels.Msteams => string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase) && buttonCount <= 3,
        _ => false,
    };

    /// <summary>Whether card buttons (imBack) with <paramref name="buttonCount"/> buttons work.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount) => channelId switch
    {
        Channels.Directline or Channels.Webchat or Channels.Emulator or "directlinespeech" or "slack" or "telegram" => buttonCount <= 100,
        "facebook" or "skype" => buttonCount <= 3,
        Channels.Msteams => buttonCount <= 50,
        "line" => buttonCount <= 99,
        "kik" => buttonCount <= 20,
        _ => false,
    };
}
