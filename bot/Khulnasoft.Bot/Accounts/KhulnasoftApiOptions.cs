using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Accounts;

/// <summary>Settings of the account API client (section <c>Khulnasoft</c>).</summary>
public sealed class KhulnasoftApiOptions
{
    public const string SectionName = "Khulnasoft";

    /// <summary>
    /// Base URL, e.g. <c>https://api.khulnasoft.com/client/v4</c>. A path starting with <c>/</c> (e.g.
    /// <c>/sandbox/api/v4</c>) means "this host": it is resolved against the address the host listens on.
    /// </summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>Service token sent as <c>Authorization: Bearer</c>.</summary>
    [Required]
    public string ServiceToken { get; set; } = "";

    /// <summary><c>per_page</c> used when following list endpoints page by page.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 50;

    public KhulnasoftApiResilienceOptions Resilience { get; set; } = new();
}
