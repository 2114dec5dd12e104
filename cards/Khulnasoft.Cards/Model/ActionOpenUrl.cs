namespace Khulnasoft.Cards.Model;

/// <summary>Action.OpenUrl: opens a link; nothing goes to the bot.</summary>
public sealed class ActionOpenUrl : CardAction
{
    public required string Url { get; init; }
}
