using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Testing;

/// <summary>
/// Runs one dialog turn by turn (protocol doc §8.3): state in a <see cref="ConversationState"/> on
/// <see cref="MemoryStorage"/> unless one is given, saved after every turn; each turn continues the target or
/// begins it with the initial options. <see cref="SendActivityAsync(string, CancellationToken)"/> returns the first reply of
/// the turn; further replies come from <see cref="GetNextReply"/>.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _targetDialog;
    private readonly object? _initialOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        TestAdapter = testAdapter ?? throw new ArgumentNullException(nameof(testAdapter));
        _targetDialog = targetDialog ?? throw new ArgumentNullException(nameof(targetDialog));
        _initialOptions = initialOptions;
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        TestAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            TestAdapter.Use(middleware);
        }

        _dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
    }

    public TestAdapter TestAdapter { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The last turn's dialog context.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>The last turn's result.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await TestAdapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken).ConfigureAwait(false);
        return GetNextReply();
    }

    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(TestAdapter.MakeActivity(text), cancellationToken);

    /// <summary>The next queued reply, or null.</summary>
    public Activity? GetNextReply() => TestAdapter.GetNextReply();

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = new DialogSet(_dialogState);
        dialogs.Add(_targetDialog);
        DialogContext = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await DialogContext.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await DialogContext.BeginDialogAsync(_targetDialog.Id, _initialOptions, cancellationToken).ConfigureAwait(false);
        }

        DialogTurnResult = result;
    }
}
