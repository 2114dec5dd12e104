namespace Khulnasoft.Cards.Model;

public sealed record Fact(string Title, string Value);
