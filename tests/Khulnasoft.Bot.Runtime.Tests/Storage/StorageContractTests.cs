using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Storage;

/// <summary>The IStorage contract (protocol doc §7.10 plus our ETag rules), run against every store.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    private static string Key(string name) => $"test/{name}/{Guid.NewGuid():N}";

    [Fact]
    public async Task Write_WithStaleETag_ThrowsConcurrencyAndKeepsTheNewerValue()
    {
        var key = Key("conflict");
        var first = new Note { Text = "one" };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = first });
        var staleETag = first.ETag;
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "two", ETag = staleETag } });

        var stale = new Note { Text = "three", ETag = staleETag };
        var e = await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, object> { [key] = stale }));
        Assert.Contains(key, e.Message, StringComparison.Ordinal);
        Assert.Equal("two", (await Storage.ReadAsync<Note>([key]))[key].Text);
    }

    [Fact]
    public async Task Write_WithMatchingETag_SucceedsAndAssignsANewETag()
    {
        var key = Key("match");
        var note = new Note { Text = "one" };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = note });
        var read = (await Storage.ReadAsync<Note>([key]))[key];
        Assert.Equal(note.ETag, read.ETag);

        read.Text = "two";
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = read });
        Assert.NotEqual(note.ETag, read.ETag);
        Assert.Equal("two", (await Storage.ReadAsync<Note>([key]))[key].Text);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    [InlineData("")]
    public async Task Write_WithStarNullOrEmptyETag_Overwrites(string? eTag)
    {
        var key = Key("overwrite");
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "one" } });
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "two" } });
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "three", ETag = eTag } });
        Assert.Equal("three", (await Storage.ReadAsync<Note>([key]))[key].Text);
    }

    [Fact]
    public async Task Write_OfAMissingKeyWithAnyETag_Succeeds()
    {
        var key = Key("new");
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "one", ETag = "made-up" } });
        Assert.Equal("one", (await Storage.ReadAsync<Note>([key]))[key].Text);
    }

    [Fact]
    public async Task Write_WithOneConflict_WritesNothingOfTheCall()
    {
        var a = Key("all-a");
        var b = Key("all-b");
        var noteA = new Note { Text = "a1" };
        await Storage.WriteAsync(new Dictionary<string, object> { [a] = noteA });
        await Storage.WriteAsync(new Dictionary<string, object> { [a] = new Note { Text = "a2" } });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [b] = new Note { Text = "b1" },
            [a] = new Note { Text = "a3", ETag = noteA.ETag },
        }));

        var read = await Storage.ReadAsync([a, b]);
        Assert.False(read.ContainsKey(b));
        Assert.Equal("a2", (await Storage.ReadAsync<Note>([a]))[a].Text);
    }

    [Fact]
    public async Task Read_LeavesMissingKeysOut()
    {
        var present = Key("present");
        await Storage.WriteAsync(new Dictionary<string, object> { [present] = new Note { Text = "x" } });
        var read = await Storage.ReadAsync([present, Key("missing")]);
        Assert.Equal([present], read.Keys);
    }

    [Fact]
    public async Task Delete_RemovesTheKey_AndAMissingKeyIsNoError()
    {
        var key = Key("delete");
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "x" } });
        await Storage.DeleteAsync([key, Key("never-written")]);
        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task ReadAndWrite_WorkOnCopies()
    {
        var key = Key("copies");
        var written = new Note { Text = "original", Tags = ["a"] };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = written });
        written.Tags.Add("changed-after-write");
        written.Text = "changed-after-write";

        var read = (await Storage.ReadAsync<Note>([key]))[key];
        read.Tags.Add("changed-after-read");
        read.Text = "changed-after-read";

        var again = (await Storage.ReadAsync<Note>([key]))[key];
        Assert.Equal("original", again.Text);
        Assert.Equal(["a"], again.Tags);
    }

    [Fact]
    public async Task ConcurrentWriters_WithTheSameETag_ExactlyOneWins()
    {
        var key = Key("race");
        var seed = new Note { Text = "seed" };
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = seed });
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.Task;
            try
            {
                await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = $"writer {i}", ETag = seed.ETag } });
                return i;
            }
            catch (StorageConcurrencyException)
            {
                return -1;
            }
        }).ToList();
        start.SetResult();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r >= 0);
        Assert.Equal($"writer {winner}", (await Storage.ReadAsync<Note>([key]))[key].Text);
    }
}
