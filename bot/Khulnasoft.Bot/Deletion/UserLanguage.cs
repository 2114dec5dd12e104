namespace Khulnasoft.Bot.Deletion;

/// <summary>The language (<c>en</c>, <c>de</c>) and time zone id (null: UTC) the user spoke in; the case's notices use them.</summary>
public sealed record UserLanguage(string Culture, string? TimeZone);
