using System.Text.Json;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>What a processed activity answered, kept so a re-delivery gets the same answer without running the turn again.</summary>
public sealed class ProcessedTurn
{
    private static readonly byte[] RepliesPrefix = "{\"replies\":"u8.ToArray();

    private byte[]? _repliesJson;
    private List<Activity>? _repliesJsonOf;
    private int _repliesJsonCount;

    /// <summary>The invoke response of an invoke turn.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The activities an <c>expectReplies</c> turn buffered, in order.</summary>
    public List<Activity> Replies { get; set; } = [];

    /// <summary>
    /// Remembers <paramref name="json"/> as the serialized <see cref="Replies"/> (a JSON array), so the record is written
    /// without serializing the replies again. Ignored once <see cref="Replies"/> is replaced or changes length.
    /// </summary>
    internal void UseSerializedReplies(byte[] json)
    {
        _repliesJson = json;
        _repliesJsonOf = Replies;
        _repliesJsonCount = Replies.Count;
    }

    /// <summary>
    /// The record as three pieces to concatenate (prefix, the serialized replies, suffix) when it holds only replies
    /// already serialized: a store can copy them where they go without building the record first.
    /// </summary>
    internal bool TryGetRecordPieces(out ReadOnlySpan<byte> prefix, out ReadOnlySpan<byte> replies, out ReadOnlySpan<byte> suffix)
    {
        if (InvokeResponse is null && _repliesJson is not null && ReferenceEquals(_repliesJsonOf, Replies) && _repliesJsonCount == Replies.Count)
        {
            prefix = RepliesPrefix;
            replies = _repliesJson;
            suffix = "}"u8;
            return true;
        }

        prefix = replies = suffix = default;
        return false;
    }

    /// <summary>The record as stored: <c>{"invokeResponse":…,"replies":[…]}</c>, the same JSON the serializer writes for it.</summary>
    internal byte[] ToUtf8Json()
    {
        if (_repliesJson is null || !ReferenceEquals(_repliesJsonOf, Replies) || _repliesJsonCount != Replies.Count)
        {
            return JsonSerializer.SerializeToUtf8Bytes(this, StorageJson.Options);
        }

        if (InvokeResponse is null)
        {
            var record = new byte[RepliesPrefix.Length + _repliesJson.Length + 1];
            RepliesPrefix.CopyTo(record, 0);
            _repliesJson.CopyTo(record, RepliesPrefix.Length);
            record[^1] = (byte)'}';
            return record;
        }

        using var buffer = new PooledBufferWriter(_repliesJson.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (InvokeResponse is not null)
            {
                writer.WritePropertyName("invokeResponse");
                JsonSerializer.Serialize(writer, InvokeResponse, StorageJson.Options);
            }

            writer.WritePropertyName("replies");
            writer.WriteRawValue(_repliesJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
