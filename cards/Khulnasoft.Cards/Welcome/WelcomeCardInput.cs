namespace Khulnasoft.Cards.Welcome;

/// <summary>The welcome card for a new member; <paramref name="UserName"/> is the channel's display name, if any.</summary>
public sealed record WelcomeCardInput(string? UserName = null);
