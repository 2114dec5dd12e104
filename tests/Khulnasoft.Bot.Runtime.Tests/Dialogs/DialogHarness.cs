using System.Text.Json;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.State;
using Khulnasoft.Bot.Runtime.Storage;
using Khulnasoft.Bot.Runtime.Testing;

namespace Khulnasoft.Bot.Runtime.Tests.Dialogs;

/// <summary>Runs a root dialog per turn on a TestAdapter with conversation state auto-saved to real MemoryStorage.</summary>
internal sealed class DialogHarness
{
    public DialogHarness(Dialog root, string channelId = "test", IStorage? storage = null, bool reportResult = true, string? locale = null)
    {
        Storage = storage ?? new MemoryStorage();
        Adapter = new TestAdapter(channelId);
        if (locale is not null)
        {
            Adapter.Locale = locale;
        }

        var state = new ConversationState(Storage);
        Adapter.Use(new AutoSaveStateMiddleware(state));
        var accessor = state.CreateProperty<DialogState>("DialogState");
        Flow = new TestFlow(Adapter, async (turnContext, ct) =>
        {
            var result = await root.RunAsync(turnContext, accessor, ct);
            Results.Add(result);
            if (reportResult && result.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled)
            {
                await turnContext.SendActivityAsync($"[{result.Status}] {Format(result.Result)}", cancellationToken: ct);
            }
        });
    }

    public IStorage Storage { get; }

    public TestAdapter Adapter { get; }

    public TestFlow Flow { get; }

    public List<DialogTurnResult> Results { get; } = [];

    /// <summary>The stored dialog stack (JSON) of the adapter's conversation.</summary>
    public async Task<JsonElement> StoredStackAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}";
        var items = await Storage.ReadAsync([key]);
        return ((JsonElement)items[key]).GetProperty("DialogState").GetProperty("dialogStack");
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
