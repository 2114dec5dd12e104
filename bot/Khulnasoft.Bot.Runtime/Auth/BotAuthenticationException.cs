namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>An incoming request failed authentication; the adapter answers 401. The message names the reason, never the token.</summary>
public sealed class BotAuthenticationException : Exception
{
    public BotAuthenticationException() { }

    public BotAuthenticationException(string message)
        : base(message) { }

    public BotAuthenticationException(string message, Exception innerException)
        : base(message, innerException) { }
}
