using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Where the deletion jobs reach the Khulnasoft account API (section <c>Khulnasoft</c>, shared with the accounts client).</summary>
public sealed class AccountApiOptions
{
    public const string SectionName = "Khulnasoft";

    /// <summary>For example <c>https://api.khulnasoft.com/client/v4</c>, or the embedded sandbox <c>http://localhost:5000/sandbox/api/v4</c>.</summary>
    [Url]
    public string? ApiBaseUrl { get; set; }

    public string ServiceToken { get; set; } = "sandbox-token";

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
