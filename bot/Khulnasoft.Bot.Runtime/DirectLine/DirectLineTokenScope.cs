namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>What a Direct Line token may be used for.</summary>
public enum DirectLineTokenScope
{
    /// <summary>The REST API of one conversation (what Web Chat holds and refreshes).</summary>
    Conversation,

    /// <summary>Opening the WebSocket stream of one conversation (short-lived, carried in the <c>streamUrl</c>).</summary>
    Stream,
}
