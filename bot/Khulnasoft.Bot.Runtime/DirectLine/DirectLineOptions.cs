namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 server (section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret: the only credential that can mint tokens or open any conversation. Keep it on the
    /// server side (the embedding site's backend). Required outside Development; in Development it defaults to
    /// <see cref="DevelopmentSecret"/>, which is refused in every other environment.
    /// </summary>
    public const string DevelopmentSecret = "khulnasoft-directline-development-secret-not-for-production";

    public string Secret { get; set; } = "";

    /// <summary>How long a conversation token is valid; a refresh gives a new token with a full lifetime.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may be used to open the WebSocket (Azure: connect within 60 s).</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a conversation, its activities and its uploads are kept after the last write.</summary>
    public TimeSpan RetentionTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Interval of the empty keepalive messages on the WebSocket stream.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest serialized activity accepted, in bytes (the Connector's 262,144 limit).</summary>
    public int MaxActivityBytes { get; set; } = 262_144;

    /// <summary>The largest upload request (all files together), in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>
    /// Bytes that all uploads into one conversation may add up to, within <see cref="RetentionTtl"/> of its first
    /// upload (shared by every instance through the store). Past it an upload gets 413 and nothing is stored.
    /// </summary>
    public long MaxConversationUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Files that one conversation may receive within <see cref="RetentionTtl"/> of its first upload.</summary>
    public int MaxConversationUploadFiles { get; set; } = 10;

    /// <summary>Upload requests one client address may make per minute (ASP.NET Core rate limiter); past it 429.</summary>
    public int UploadRequestsPerMinute { get; set; } = 10;

    /// <summary>
    /// Anonymous tokens one client address may mint per minute on the endpoints that use
    /// <see cref="DirectLineRateLimits.TokenPolicy"/> (the host's Web Chat token endpoint); past it 429.
    /// </summary>
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>
    /// The <c>serviceUrl</c> the bot sees on activities from this server. Replies to it are answered in-process
    /// (never over the network); every instance of the bot must use the same value.
    /// </summary>
    public string ServiceUrl { get; set; } = "https://directline.khulnasoft-bot.internal/";

    /// <summary>The <c>channelId</c> the bot sees (<c>directline</c>, or <c>webchat</c>).</summary>
    public string ChannelId { get; set; } = "directline";

    /// <summary>The bot's account in the conversation (<c>recipient</c> of user activities).</summary>
    public string BotId { get; set; } = "khulnasoft-bot";

    public string BotName { get; set; } = "Khulnasoft";

    /// <summary>
    /// The public base URL of this server (e.g. <c>https://bot.example.com</c>), used in <c>streamUrl</c> and
    /// attachment links. Empty: taken from each request (fine unless a proxy rewrites the host or scheme).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Origins allowed by CORS. Empty: any origin (the API is bearer-authenticated; no cookies).</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Prefix of the Redis keys and pub/sub channel, when Redis is configured.</summary>
    public string RedisKeyPrefix { get; set; } = "bot:v1:dl:";
}
