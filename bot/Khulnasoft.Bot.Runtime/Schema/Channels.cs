namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Well-known <see cref="Activity.ChannelId"/> values.</summary>
public static class Channels
{
    public const string Msteams = "msteams";
    public const string Directline = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
}
