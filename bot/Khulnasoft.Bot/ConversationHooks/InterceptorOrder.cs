namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// The places an <see cref="IMessageInterceptor"/> can take, lowest first. Two interceptors with the same order run in
/// registration order, so a feature picks the place that says what it does rather than relying on when it registers.
/// </summary>
public static class InterceptorOrder
{
    /// <summary>A feature that owns the whole conversation for a while (a human agent talking to the user): it sees every message first.</summary>
    public const int ConversationOwner = 100;

    /// <summary>A feature answering phrases of its own (e.g. "approval requests"), unless the conversation is owned.</summary>
    public const int FeatureCommand = 200;
}
