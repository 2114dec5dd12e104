using System.ComponentModel.DataAnnotations;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>Limits of the messaging endpoint (section <c>Bot</c>).</summary>
public sealed class BotHostingOptions
{
    public const string SectionName = "Bot";

    /// <summary>Largest accepted activity body; bigger bodies get 413. Default 256 KB, like Direct Line and the Connector.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 262144;

    /// <summary>The <c>Retry-After</c> (seconds) of the 503 answered when the storage is unavailable.</summary>
    [Range(1, 3600)]
    public int StorageUnavailableRetryAfterSeconds { get; set; } = 5;
}
