using System.Security.Cryptography;

namespace Khulnasoft.Bot.FaultTests.Hosts;

/// <summary>
/// The configuration of the bot hosts under test, as environment variables would carry it. Several instances share
/// one Redis, one Direct Line secret and the keys every instance must agree on (one-time code hashes, receipts): in
/// Development those keys would otherwise be generated per process, and a code sent by one host could not be
/// checked by another.
/// </summary>
public static class FaultSettings
{
    public const string DirectLineSecret = "fault-suite-directline-secret-0123456789abcdef";
    public const string OperatorUser = "fault-operator";
    public const string OperatorPassword = "fault-operator-password-0123456789";
    public const string AppId = "fa017000-0000-4000-8000-00000000b07a";

    private static readonly string HashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string EmailHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string ReceiptKey = CreateReceiptKey();

    /// <summary>
    /// A host in Development as one of several instances: Redis state, Hangfire on Redis, Direct Line in Redis, the
    /// shared sandbox account API and SMTP server, anonymous local mode (no app id), seconds-long grace and purge.
    /// </summary>
    public static Dictionary<string, string?> Development(string redisConnection, string keyPrefix, string accountApiUrl, int smtpPort) => new()
    {
        ["Storage:RedisConnection"] = redisConnection,
        ["Storage:KeyPrefix"] = keyPrefix,
        ["Storage:LeaseDuration"] = "00:00:05",
        ["Storage:LeaseWaitTimeout"] = "00:00:20",
        ["Jobs:RedisPrefix"] = keyPrefix + "hangfire:",
        ["Jobs:SchedulePollingInterval"] = "00:00:01",
        ["DirectLine:RedisKeyPrefix"] = keyPrefix + "dl:",
        ["DirectLine:Secret"] = DirectLineSecret,
        ["Sandbox:Enabled"] = "false",
        ["Khulnasoft:ApiBaseUrl"] = accountApiUrl,
        ["Khulnasoft:ServiceToken"] = "sandbox-token",
        ["Khulnasoft:Resilience:MaxRetryAttempts"] = "0",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:UseTls"] = "false",
        ["OneTimeCodes:HashKey"] = HashKey,
        ["Deletion:EmailHashKey"] = EmailHashKey,
        ["Receipts:SigningKey"] = ReceiptKey,
        ["Deletion:GracePeriod"] = "00:00:06",
        ["Deletion:RetryBaseDelay"] = "00:00:01",
        ["Purge:Delay"] = "00:00:10",
        ["Teams:ServiceUrl"] = UnreachableTeams,
        ["Bot:Connector:MaxRetryAttempts"] = "0",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Teams is not reachable from the lab: creating an approver's chat fails at once, and the approver gets an email.</summary>
    public const string UnreachableTeams = "http://127.0.0.1:9/teams/";

    /// <summary>
    /// A complete Production configuration (every required setting present): real Bot Framework authentication
    /// against <paramref name="openIdMetadataUrl"/>, operator credentials for /hangfire and /ops.
    /// </summary>
    public static Dictionary<string, string?> Production(string redisConnection, string openIdMetadataUrl, string keyPrefix = "fault:prod:") => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "fault-suite-app-password-not-a-real-one",
        ["ToBotFromChannelOpenIdMetadataUrl"] = openIdMetadataUrl,
        ["Storage:RedisConnection"] = redisConnection,
        ["Storage:KeyPrefix"] = keyPrefix,
        ["Jobs:RedisPrefix"] = keyPrefix + "hangfire:",
        ["Jobs:Dashboard:Username"] = OperatorUser,
        ["Jobs:Dashboard:Password"] = OperatorPassword,
        ["DirectLine:RedisKeyPrefix"] = keyPrefix + "dl:",
        ["DirectLine:Secret"] = DirectLineSecret,
        ["Khulnasoft:ApiBaseUrl"] = "https://api.khulnasoft.example.invalid/client/v4",
        ["Khulnasoft:ServiceToken"] = "fault-suite-service-token",
        ["Mail:Smtp:Host"] = "smtp.example.invalid",
        ["OneTimeCodes:HashKey"] = HashKey,
        ["Deletion:EmailHashKey"] = EmailHashKey,
        ["Invoices:SigningKey"] = "fault-suite-invoice-link-key-0123456789abcdef",
        ["Receipts:SigningKey"] = ReceiptKey,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static string CreateReceiptKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
