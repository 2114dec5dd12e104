namespace Khulnasoft.Bot.Accounts;

/// <summary>An error or message of the API envelope.</summary>
public sealed record ApiMessage(string Code, string Message);
