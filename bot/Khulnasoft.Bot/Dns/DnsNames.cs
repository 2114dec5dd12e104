namespace Khulnasoft.Bot.Dns;

/// <summary>Domain names as the checks compare them: lower case, no trailing dot.</summary>
internal static class DnsNames
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>The name one label up (<c>ada.dev</c> → <c>dev</c>), or null for a top-level name.</summary>
    public static string? Parent(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || dot == name.Length - 1 ? null : name[(dot + 1)..];
    }

    /// <summary>Whether <paramref name="name"/> is <paramref name="domain"/> or a name below it.</summary>
    public static bool IsAtOrBelow(string name, string domain) =>
        name == domain || name.EndsWith("." + domain, StringComparison.Ordinal);
}
