using System.Runtime.InteropServices;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>A state bag loaded for one turn: typed values (or raw JSON until first read), its ETag and what was stored, to detect changes.</summary>
public sealed class CachedBotState
{
    private Dictionary<string, StoredJson> _stored;
    private int _sizeHint = 1024;

    internal CachedBotState(Dictionary<string, object> values, string? eTag)
    {
        Values = values;
        ETag = eTag;
        _stored = new Dictionary<string, StoredJson>(values.Count, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is JsonElement element)
            {
                var stored = new StoredJson(element);
                _stored[name] = stored;
                _sizeHint += stored.Span.Length;
            }
        }
    }

    /// <summary>Property values: <see cref="JsonElement"/> until first read, then the typed object.</summary>
    public Dictionary<string, object> Values { get; }

    public string? ETag { get; internal set; }

    /// <summary>The storage key it was loaded from, when the loader knew it (saves the key's recomputation).</summary>
    internal string? StorageKey { get; set; }

    /// <summary>Set when the bag was cleared: the next save writes even an unchanged (empty) bag.</summary>
    internal bool Cleared { get; set; }

    /// <summary>
    /// Serializes the bag once (a JSON object without <c>eTag</c>) and compares each member with what was stored:
    /// the document to write, or null when nothing changed (and not forced or cleared).
    /// </summary>
    internal StateDocument? Serialize(bool force)
    {
        if (Values.Count == 0 && _stored.Count == 0 && !force && !Cleared)
        {
            return null;
        }

        var changed = force || Cleared || Values.Count != _stored.Count;
        using var buffer = new PooledBufferWriter(_sizeHint);
        var members = new List<(string Name, int Start, int Length)>(Values.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in Values)
            {
                writer.WritePropertyName(name);
                writer.Flush();
                var start = buffer.WrittenCount;
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else if (value is JsonElement element)
                {
                    writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, value.GetType(), StorageJson.Options);
                }

                writer.Flush();
                var length = buffer.WrittenCount - start;
                members.Add((name, start, length));
                if (!changed && (!_stored.TryGetValue(name, out var stored) || !stored.Span.SequenceEqual(buffer.WrittenSpan.Slice(start, length))))
                {
                    changed = true;
                }
            }

            writer.WriteEndObject();
        }

        if (!changed)
        {
            return null;
        }

        var json = buffer.WrittenSpan.ToArray();
        _sizeHint = json.Length + 256;
        var written = new Dictionary<string, StoredJson>(members.Count, StringComparer.Ordinal);
        foreach (var (name, start, length) in members)
        {
            written[name] = new StoredJson(json.AsMemory(start, length));
        }

        return StateDocument.FromSerialized(ETag, json, written);
    }

    /// <summary>The write of <paramref name="document"/> succeeded: what is stored is now what it holds.</summary>
    internal void Accept(StateDocument document)
    {
        ETag = document.ETag;
        Cleared = false;
        if (document.SerializedMembers is { } members)
        {
            _stored = members;
            return;
        }

        _stored = new Dictionary<string, StoredJson>(document.Values.Count, StringComparer.Ordinal);
        foreach (var (name, element) in document.Values)
        {
            _stored[name] = new StoredJson(element);
        }
    }

    /// <summary>
    /// True when what storage holds for this bag is nothing a next turn would continue: every member is an empty object,
    /// an empty array, null or an empty dialog stack (<c>{"dialogStack":[]}</c>, a finished conversation). Reading such a
    /// bag back costs less than keeping it alive (and promoted by the GC) until the conversation returns, if it ever does.
    /// </summary>
    internal bool HoldsNothingToContinue
    {
        get
        {
            foreach (var (_, stored) in _stored)
            {
                var json = stored.Span;
                if (!json.SequenceEqual("{}"u8) && !json.SequenceEqual("[]"u8) && !json.SequenceEqual("null"u8) && !json.SequenceEqual("{\"dialogStack\":[]}"u8))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The stored JSON of one member: an element of the loaded document, or a slice of the last write.</summary>
    internal readonly struct StoredJson
    {
        private readonly JsonElement _element;
        private readonly ReadOnlyMemory<byte> _bytes;
        private readonly bool _isElement;

        public StoredJson(JsonElement element)
        {
            _element = element;
            _isElement = true;
        }

        public StoredJson(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

        public ReadOnlySpan<byte> Span => _isElement ? JsonMarshal.GetRawUtf8Value(_element) : _bytes.Span;
    }
}
