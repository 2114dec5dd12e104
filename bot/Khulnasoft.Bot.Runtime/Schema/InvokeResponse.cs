using System.Text.Json;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// The synchronous answer to an invoke: the HTTP status and body. Never serialized as such; the adapter writes
/// <see cref="Status"/> as the HTTP status and <see cref="Body"/> as the JSON body.
/// </summary>
public sealed class InvokeResponse
{
    private JsonNode? _body;
    private ExpectedReplies? _replies;
    private byte[]? _repliesJson;

    public InvokeResponse() { }

    public InvokeResponse(int status, JsonNode? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    /// <summary>The JSON body. For an <c>expectReplies</c> answer it is built from the replies when first read.</summary>
    public JsonNode? Body
    {
        get
        {
            if (_replies is not null)
            {
                _body = JsonSerializer.SerializeToNode(_replies, BotJson.Options);
                _replies = null;
                _repliesJson = null;
            }

            return _body;
        }

        set
        {
            _body = value;
            _replies = null;
            _repliesJson = null;
        }
    }

    /// <summary>The replies of an <c>expectReplies</c> turn while <see cref="Body"/> has not been read: the HTTP adapter writes them straight to the response.</summary>
    internal ExpectedReplies? PendingReplies => _replies;

    /// <summary>The replies already serialized as a JSON array (when the turn gate did it for its record), or null.</summary>
    internal byte[]? PendingRepliesJson => _replies is null ? null : _repliesJson;

    /// <summary>
    /// A 200 answer whose body is <paramref name="replies"/> (serialized once, where it is written; not at all when
    /// <paramref name="repliesJson"/>, their JSON array, is given).
    /// </summary>
    internal static InvokeResponse ForReplies(ExpectedReplies replies, byte[]? repliesJson = null) =>
        new() { Status = 200, _replies = replies, _repliesJson = repliesJson };
}
