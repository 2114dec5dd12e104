using Khulnasoft.Cards.Model;

namespace Khulnasoft.Cards.Common;

/// <summary>Small element shapes every card uses, so the cards look alike.</summary>
internal static class CardParts
{
    public static TextBlock Heading(string text) =>
        new() { Text = text, Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextStyle.Heading };

    public static TextBlock Subheading(string text, bool separator = false) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = separator ? true : null };

    public static TextBlock Paragraph(string text) => new() { Text = text };

    public static TextBlock Subtle(string text) => new() { Text = text, IsSubtle = true, Size = TextSize.Small };

    public static TextBlock Warning(string text) =>
        new() { Text = CardStrings.Format("Important", text), Color = TextColor.Attention, Weight = TextWeight.Bolder };

    public static AdaptiveCard Card(
        CardHost host,
        IList<CardElement> body,
        IList<CardAction> actions,
        string fallbackText,
        string speak,
        CardRefresh? refresh = null) =>
        new()
        {
            Body = body,
            Actions = actions,
            FallbackText = fallbackText,
            Speak = speak,
            Refresh = refresh,
            MsTeams = host == CardHost.Teams ? new TeamsCardProperties { Width = "Full" } : null,
        };
}
