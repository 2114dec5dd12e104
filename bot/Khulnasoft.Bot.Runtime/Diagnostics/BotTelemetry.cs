using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Khulnasoft.Bot.Runtime.Diagnostics;

/// <summary>
/// The runtime's traces: one <see cref="ActivitySource"/> (and a meter, <see cref="BotMetrics"/>) named
/// <see cref="SourceName"/>, with the names of its spans and attributes. Plain System.Diagnostics: a host that listens
/// (OpenTelemetry, dotnet-trace) gets the spans; otherwise starting one costs a null check. No attribute ever holds a
/// message's text or a person's name or address: conversations are identified by a hash of their id.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the runtime's <see cref="ActivitySource"/> and meter.</summary>
    public const string SourceName = "Khulnasoft.Bot.Runtime";

    /// <summary>One turn of the bot (an incoming activity, or a proactive <c>ContinueConversation</c>).</summary>
    public const string TurnSpan = "bot.turn";

    /// <summary>The turn gate's first store step: the duplicate check, the conversation lease and the read of every state.</summary>
    public const string TurnGateEnterSpan = "bot.turn_gate.enter";

    /// <summary>The turn gate's last store step: the changed states written, the processed turn recorded, the lease released.</summary>
    public const string TurnGateCompleteSpan = "bot.turn_gate.complete";

    /// <summary>A state read outside the turn gate (a state the gate did not load, or a pipeline without the gate).</summary>
    public const string StateLoadSpan = "bot.state.load";

    /// <summary>A state write outside the turn gate (<c>AutoSaveStateMiddleware</c>, or a caller's explicit save).</summary>
    public const string StateSaveSpan = "bot.state.save";

    /// <summary>One call of the Bot Connector API (HTTP, or the built-in Direct Line's in-process connector).</summary>
    public const string ConnectorSpan = "bot.connector";

    public const string ChannelAttribute = "bot.channel";
    public const string ActivityTypeAttribute = "bot.activity.type";
    public const string ConversationHashAttribute = "bot.conversation.hash";
    public const string DialogStepAttribute = "bot.dialog.step";
    public const string ProactiveAttribute = "bot.turn.proactive";
    public const string OutcomeAttribute = "bot.turn.outcome";
    public const string CorrelationIdAttribute = "bot.correlation_id";
    public const string StateCountAttribute = "bot.state.count";
    public const string StateKindAttribute = "bot.state.kind";
    public const string TurnGateResultAttribute = "bot.turn_gate.result";
    public const string TurnGateWaitsAttribute = "bot.turn_gate.waits";
    public const string ConnectorOperationAttribute = "bot.connector.operation";
    public const string ServerAddressAttribute = "server.address";

    internal static ActivitySource Source { get; } = new(SourceName, typeof(BotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>
    /// A stable, non-reversible tag for a conversation: the first 16 hex digits of SHA-256 over channel and id, so
    /// spans of one conversation can be found together without the id itself being exported.
    /// </summary>
    public static string HashConversation(string? channelId, string? conversationId)
    {
        var bytes = Encoding.UTF8.GetBytes((channelId ?? "") + "\n" + (conversationId ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8);
    }

    /// <summary>Starts a <see cref="ConnectorSpan"/> (null when nobody listens).</summary>
    internal static Activity? StartConnectorCall(string operation, string? serverAddress)
    {
        var activity = Source.StartActivity(ConnectorSpan, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.DisplayName = ConnectorSpan + " " + operation;
            activity.SetTag(ConnectorOperationAttribute, operation);
            activity.SetTag(ServerAddressAttribute, serverAddress);
        }

        return activity;
    }

    /// <summary>Marks a span failed with the exception's type (never its message: it may quote user input).</summary>
    internal static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        activity.SetTag("error.type", exception.GetType().FullName);
    }
}
