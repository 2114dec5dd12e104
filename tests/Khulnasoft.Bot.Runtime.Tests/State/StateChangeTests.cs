using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Tests.Concurrency;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Tests.State;

/// <summary>
/// A save writes exactly when the bag differs from what was stored: the one serialization made for the write is also
/// the change check, so a value read (typed) but not changed writes nothing.
/// </summary>
public sealed class StateChangeTests
{
    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly RecordingAdapter _adapter = new();

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount("conv-1"),
        From = new ChannelAccount("user-1"),
        Text = "hi",
    };

    private async Task TurnAsync(ConversationState state, Func<TurnContext, Task> body, bool force = false)
    {
        using var context = new TurnContext(_adapter, Message());
        await state.LoadAsync(context);
        await body(context);
        await state.SaveChangesAsync(context, force);
    }

    [Fact]
    public async Task ValueReadButNotChanged_IsNotWritten()
    {
        var state = new ConversationState(_storage);
        var progress = state.CreateProperty<Progress>("progress");
        await TurnAsync(state, async ctx => (await progress.GetAsync(ctx, () => new Progress()))!.Steps.Add("one"));
        Assert.Equal(1, _storage.Writes);

        await TurnAsync(state, async ctx => Assert.Equal(["one"], (await progress.GetAsync(ctx))!.Steps));
        await TurnAsync(state, _ => Task.CompletedTask);

        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task DialogStackReloaded_AndUnchanged_IsNotWritten()
    {
        // The dialog stack holds typed values (prompt options with activities) and plain reloaded ones: reading it
        // back and serializing it again must give the stored bytes, or every turn would write.
        var state = new ConversationState(_storage);
        var stack = state.CreateProperty<DialogState>("DialogState");
        await TurnAsync(state, async ctx =>
        {
            var dialogState = (await stack.GetAsync(ctx, () => new DialogState()))!;
            var prompt = new DialogInstance("prompt");
            prompt.State["options"] = new PromptOptions { Prompt = Activity.CreateMessageActivity("Which plan?"), Choices = Runtime.Choices.Choice.FromValues("Basic", "Pro") };
            prompt.State["state"] = new Dictionary<string, object?> { ["AttemptCount"] = 1 };
            var steps = new DialogInstance("steps");
            steps.State["values"] = new Dictionary<string, object?> { ["email"] = "ada@example.com", ["ratio"] = 0.5, ["big"] = 5_000_000_000L };
            steps.State["stepIndex"] = 1;
            dialogState.DialogStack.AddRange([prompt, steps]);
        });
        await TurnAsync(state, async ctx => Assert.Equal(2, (await stack.GetAsync(ctx))!.DialogStack.Count));

        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task ChangedValue_IsWrittenOnce_AndASecondSaveInTheTurnWritesNothing()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        using var context = new TurnContext(_adapter, Message());
        await state.LoadAsync(context);
        await count.SetAsync(context, 1);
        await state.SaveChangesAsync(context);
        await state.SaveChangesAsync(context);
        Assert.Equal(1, _storage.Writes);

        await count.SetAsync(context, 2);
        await state.SaveChangesAsync(context);
        Assert.Equal(2, _storage.Writes);
        var stored = (await _storage.ReadAsync<StateDocument>(["test/conversations/conv-1"]))["test/conversations/conv-1"];
        Assert.Equal(2, stored.Values["count"].GetInt32());
    }

    [Fact]
    public async Task RemovedValue_IsAChange()
    {
        var state = new ConversationState(_storage);
        var a = state.CreateProperty<string>("a");
        var b = state.CreateProperty<string>("b");
        await TurnAsync(state, async ctx =>
        {
            await a.SetAsync(ctx, "x");
            await b.SetAsync(ctx, "y");
        });
        await TurnAsync(state, ctx => b.DeleteAsync(ctx));

        Assert.Equal(2, _storage.Writes);
        var stored = (await _storage.ReadAsync<StateDocument>(["test/conversations/conv-1"]))["test/conversations/conv-1"];
        Assert.Equal(["a"], stored.Values.Keys);
    }

    [Fact]
    public async Task ClearedState_IsWrittenEvenWhenItWasEmpty_AndForceWritesUnchangedState()
    {
        var state = new ConversationState(_storage);
        await TurnAsync(state, ctx => state.ClearStateAsync(ctx));
        Assert.Equal(1, _storage.Writes);

        await TurnAsync(state, _ => Task.CompletedTask, force: true);
        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task GetChanges_GivesADocumentWithTheValuesAndTheETagRead()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        await TurnAsync(state, ctx => name.SetAsync(ctx, "Ada"));
        var eTag = (await _storage.ReadAsync<StateDocument>(["test/conversations/conv-1"]))["test/conversations/conv-1"].ETag;

        using var context = new TurnContext(_adapter, Message());
        await state.LoadAsync(context);
        Assert.Null(state.GetChanges(context));
        await name.SetAsync(context, "Grace");
        var (key, document) = state.GetChanges(context)!.Value;

        Assert.Equal("test/conversations/conv-1", key);
        Assert.Equal(eTag, document.ETag);
        Assert.Equal("Grace", document.Values["name"].GetString());
    }

    /// <summary>Counts writes that reach the store.</summary>
    private sealed class CountingStorage(IStorage inner) : IStorage
    {
        private int _writes;

        public int Writes => _writes;

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _writes);
            return inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
