namespace Khulnasoft.Bot.Accounts;

/// <summary>The envelope of every API response, errors included.</summary>
public sealed record ApiEnvelope<T>(
    bool Success,
    IReadOnlyList<ApiMessage>? Errors,
    IReadOnlyList<ApiMessage>? Messages,
    T? Result,
    ResultInfo? ResultInfo);
