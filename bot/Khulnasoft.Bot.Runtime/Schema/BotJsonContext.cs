using System.Text.Json;
using System.Text.Json.Serialization;
using Khulnasoft.Bot.Runtime.Choices;
using Khulnasoft.Bot.Runtime.Concurrency;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.State;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// Source-generated metadata (and fast-path writers) for the runtime's hot JSON: activities and what travels with them,
/// prompt options, dialog state, turn-gate records. <see cref="BotJson.Options"/> asks it first and falls back to the
/// reflection resolver for any other type (a bot's own state classes), so callers keep passing <see cref="BotJson.Options"/>.
/// The settings here must stay exactly those of <see cref="BotJson.Options"/>: the fast path is used only when they match.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(FileConsentCardResponse))]
[JsonSerializable(typeof(PromptOptions))]
[JsonSerializable(typeof(Choice))]
[JsonSerializable(typeof(List<Choice>))]
[JsonSerializable(typeof(FoundChoice))]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(DialogInstance))]
[JsonSerializable(typeof(ProcessedTurn))]
[JsonSerializable(typeof(StateDocument))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
