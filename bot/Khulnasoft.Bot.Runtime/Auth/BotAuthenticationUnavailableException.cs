namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>
/// The request could not be authenticated because the OpenID metadata or signing keys could not be loaded. Not the
/// caller's fault: the adapter answers 503 with Retry-After so the channel re-delivers, never 401.
/// </summary>
public sealed class BotAuthenticationUnavailableException : Exception
{
    public BotAuthenticationUnavailableException() { }

    public BotAuthenticationUnavailableException(string message)
        : base(message) { }

    public BotAuthenticationUnavailableException(string message, Exception innerException)
        : base(message, innerException) { }
}
