using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// A Lua script and its SHA1, worked out once. Redis names a cached script by the SHA1 of its text, so
/// <see cref="RedisScriptPipeline"/> sends <c>EVALSHA</c> with <see cref="Hash"/> and only the hash crosses the wire. (Given
/// the text, StackExchange.Redis looks its hash up in a table keyed by the whole text on every call: it hashes the
/// script's thousand characters each time.)
/// </summary>
internal sealed class RedisScript(string text)
{
    public string Text { get; } = text;

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "SHA1 is how Redis names a cached script (EVALSHA), not a security measure.")]
    public byte[] Hash { get; } = SHA1.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>Whether <paramref name="exception"/> is Redis's answer to an <c>EVALSHA</c> of a script it doesn't hold (after a restart, a failover or <c>SCRIPT FLUSH</c>).</summary>
    public static bool IsNotCached(Exception? exception) =>
        exception is RedisServerException server && server.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal);
}
