using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Concurrency;

/// <summary>
/// The in-process memory of processed activities (<see cref="LocalTurnGateStore"/>): each record (a small header, its
/// key and its JSON) is appended to a large shared chunk, and an index of 64-bit key hashes points into the chunks. A
/// day of records is millions of entries; kept as one array and one string per record they were millions of small
/// objects the GC copied and scanned on every collection, which made a turn of the in-memory host about a sixth dearer.
/// Here the GC sees a few chunks and an index of plain numbers. Records expire in arrival order (one TTL), so expired
/// records leave a chunk at a time. The index holds no object references (a record's chunk is named by a number), so
/// the GC neither traces its millions of entries on a gen1/gen2 collection nor scans the cards each new entry would
/// dirty; chunks are allocated uninitialized (every byte handed out is written first). Everything the log holds is
/// new memory the process touches for the first time, which is dear on a VM, so it is kept small: an index entry is
/// 24 bytes (the record's lengths and expiry live in its header in the chunk), and an ASCII key (every channel's ids
/// here) takes a byte per character. Not thread-safe: the caller locks.
/// </summary>
internal sealed class ProcessedRecordLog(int chunkSize = 1 << 20, ProcessedRecordLog.KeyHash? keyHash = null)
{
    // Keys up to this many bytes are encoded on the stack for a lookup.
    private const int StackKeyBytes = 256;

    private readonly KeyHash _hash = keyHash ?? Fnv1a;

    private readonly Dictionary<ulong, Location> _index = [];

    // Keys whose hash another live key already holds (64-bit collisions: practically never, but handled).
    private readonly Dictionary<string, Location> _collisions = new(StringComparer.Ordinal);
    private readonly Queue<Chunk> _chunks = new();

    // Live chunks by number (a few hundred at most): the index names a record's chunk by this number, not by reference.
    private readonly Dictionary<int, Chunk> _chunksById = [];
    private Chunk? _current;
    private int _nextChunkId;

    /// <summary>Records remembered (for tests).</summary>
    public int Count => _index.Count + _collisions.Count;

    /// <summary>Remembers <paramref name="record"/> under <paramref name="key"/> until <paramref name="expires"/> (replacing an earlier record of that key).</summary>
    public void Add(string key, ReadOnlySpan<byte> record, DateTimeOffset expires) => Add(key, record, default, default, expires);

    /// <summary>As <see cref="Add(string, ReadOnlySpan{byte}, DateTimeOffset)"/> for a record given in three consecutive pieces.</summary>
    public void Add(string key, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> third, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(key);
        var ascii = Ascii.IsValid(key);
        var keyLength = KeyLength(key, ascii);
        var recordLength = first.Length + second.Length + third.Length;
        var length = Header.Size + keyLength + recordLength;
        if (_current is null || _current.Data.Length - _current.Used < length)
        {
            _current = new Chunk(_nextChunkId++, GC.AllocateUninitializedArray<byte>(Math.Max(chunkSize, length)));
            _chunks.Enqueue(_current);
            _chunksById[_current.Id] = _current;
        }

        var chunk = _current;
        var offset = chunk.Used;
        var target = chunk.Data.AsSpan(offset, length);
        var header = new Header(ascii ? keyLength : -keyLength, recordLength, expires.UtcTicks);
        MemoryMarshal.Write(target, in header);
        var keyBytes = target.Slice(Header.Size, keyLength);
        EncodeKey(key, ascii, keyBytes);
        var body = target[(Header.Size + keyLength)..];
        first.CopyTo(body);
        second.CopyTo(body[first.Length..]);
        third.CopyTo(body[(first.Length + second.Length)..]);
        chunk.Used += length;
        chunk.Expires = expires > chunk.Expires ? expires : chunk.Expires;
        var location = new Location(chunk.Id, offset);

        var hash = _hash(keyBytes);
        if (_collisions.Count > 0 && _collisions.ContainsKey(key))
        {
            _collisions[key] = location;
        }
        else if (_index.TryGetValue(hash, out var existing) && !At(existing).HasKey(keyBytes, ascii))
        {
            _collisions[key] = location;
        }
        else
        {
            _index[hash] = location;
        }
    }

    /// <summary>The record of <paramref name="key"/> if remembered and not expired at <paramref name="now"/> (a view of immutable bytes).</summary>
    public ReadOnlyMemory<byte>? TryGet(string key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_collisions.Count > 0 && _collisions.TryGetValue(key, out var location))
        {
            return At(location).LiveAt(now);
        }

        var ascii = Ascii.IsValid(key);
        var keyLength = KeyLength(key, ascii);
        byte[]? rented = null;
        var keyBytes = keyLength <= StackKeyBytes ? stackalloc byte[StackKeyBytes] : (rented = ArrayPool<byte>.Shared.Rent(keyLength));
        try
        {
            keyBytes = keyBytes[..keyLength];
            EncodeKey(key, ascii, keyBytes);
            if (!_index.TryGetValue(_hash(keyBytes), out location))
            {
                return null;
            }

            var record = At(location);
            return record.HasKey(keyBytes, ascii) ? record.LiveAt(now) : null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>How many records the index has room for (for tests).</summary>
    internal int IndexCapacity => _index.Capacity;

    /// <summary>Forgets the chunks whose every record has expired at <paramref name="now"/> (one pass over the index).</summary>
    public void Sweep(DateTimeOffset now)
    {
        var expired = new HashSet<int>();
        while (_chunks.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            expired.Add(_chunks.Dequeue().Id);
            _chunksById.Remove(oldest.Id);
            if (ReferenceEquals(oldest, _current))
            {
                _current = null;
            }
        }

        if (expired.Count == 0)
        {
            return;
        }

        foreach (var (hash, location) in _index)
        {
            if (expired.Contains(location.ChunkId))
            {
                _index.Remove(hash);
            }
        }

        foreach (var (key, location) in _collisions)
        {
            if (expired.Contains(location.ChunkId))
            {
                _collisions.Remove(key);
            }
        }

        SweptTable.Shrink(_index);
    }

    /// <summary>Hashes a key's bytes (tests pass a poor one to exercise collisions).</summary>
    internal delegate ulong KeyHash(ReadOnlySpan<byte> key);

    private static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a, 64 bit, over 8-byte words (then the tail byte by byte): a collision only sends the key to the
        // exact-match dictionary, so the word-wise variant's weaker mixing costs nothing but is 8 times fewer steps.
        var hash = 14695981039346656037UL;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
        {
            hash = (hash ^ word) * 1099511628211UL;
            hash ^= hash >> 29;
        }

        foreach (var b in bytes[(words.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    // A key is stored as ASCII when it is (a byte per character), otherwise as its UTF-16 code units: both lossless, and
    // a key always takes the same form, so equal keys have equal bytes (the header's sign says which form it took).
    private static int KeyLength(string key, bool ascii) => ascii ? key.Length : key.Length * sizeof(char);

    private static void EncodeKey(string key, bool ascii, Span<byte> destination)
    {
        if (ascii)
        {
            Ascii.FromUtf16(key, destination, out _);
        }
        else
        {
            MemoryMarshal.AsBytes(key.AsSpan()).CopyTo(destination);
        }
    }

    /// <summary>The record whose header is at <paramref name="location"/> (its chunk looked up and its header read once).</summary>
    private StoredRecord At(Location location) => new(_chunksById[location.ChunkId].Data, location.Offset);

    private sealed class Chunk(int id, byte[] data)
    {
        public int Id { get; } = id;

        public byte[] Data { get; } = data;

        public int Used { get; set; }

        public DateTimeOffset Expires { get; set; } = DateTimeOffset.MinValue;
    }

    /// <summary>A record's header in its chunk: the key's length in bytes (negative for a UTF-16 key), the record's, and its expiry.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Header(int KeyLength, int RecordLength, long ExpiresUtcTicks)
    {
        public const int Size = 16;
    }

    /// <summary>A record in its chunk: its header, then its key, then its bytes.</summary>
    private readonly struct StoredRecord(byte[] chunk, int offset)
    {
        public Header Header { get; } = MemoryMarshal.Read<Header>(chunk.AsSpan(offset, Header.Size));

        /// <summary>Whether the record has exactly the key <paramref name="key"/> (in the same form).</summary>
        public bool HasKey(ReadOnlySpan<byte> key, bool ascii) =>
            Header.KeyLength == (ascii ? key.Length : -key.Length) && chunk.AsSpan(offset + Header.Size, key.Length).SequenceEqual(key);

        /// <summary>The record's bytes unless it has expired at <paramref name="now"/> (a view of immutable bytes).</summary>
        public ReadOnlyMemory<byte>? LiveAt(DateTimeOffset now) =>
            Header.ExpiresUtcTicks > now.UtcTicks
                ? chunk.AsMemory(offset + Header.Size + Math.Abs(Header.KeyLength), Header.RecordLength)
                : (ReadOnlyMemory<byte>?)null; // a bare null would become an empty ReadOnlyMemory (from a null array)
    }

    /// <summary>Where a record's header lives: plain numbers only (no reference for the GC to trace).</summary>
    private readonly record struct Location(int ChunkId, int Offset);
}
