using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>
/// Reads and writes a <see cref="DialogState"/> directly: the same JSON the default serializer writes for it
/// (<c>{"dialogStack":[{"id":…,"state":{…}}]}</c>, names by the options' naming policy), but without a serializer
/// frame per level. The stack is read and written on every turn, and a component nests one stack in another.
/// </summary>
public sealed class DialogStateConverter : JsonConverter<DialogState>
{
    public override DialogState? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog state must be a JSON object.");
        }

        var state = new DialogState();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStack = IsProperty(ref reader, nameof(DialogState.DialogStack), options);
            reader.Read();
            if (!isStack)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    state.DialogStack.Add(ReadInstance(ref reader, options)!);
                }
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                throw new JsonException("dialogStack must be an array.");
            }
        }

        return state;
    }

    public override void Write(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options) =>
        WriteState(writer, value, options);

    internal static void WriteState(Utf8JsonWriter writer, DialogState value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        writer.WriteStartObject();
        if (value.DialogStack is { } stack)
        {
            writer.WriteStartArray(Name(nameof(DialogState.DialogStack), options));
            foreach (var instance in stack)
            {
                if (instance is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                if (instance.Id is not null)
                {
                    writer.WriteString(Name(nameof(DialogInstance.Id), options), instance.Id);
                }

                if (instance.State is not null)
                {
                    writer.WritePropertyName(Name(nameof(DialogInstance.State), options));
                    DialogStateBagConverter.WriteBag(writer, instance.State, options);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else if (options.DefaultIgnoreCondition != JsonIgnoreCondition.WhenWritingNull)
        {
            writer.WriteNull(Name(nameof(DialogState.DialogStack), options));
        }

        writer.WriteEndObject();
    }

    private static DialogInstance? ReadInstance(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog stack entry must be a JSON object.");
        }

        var instance = new DialogInstance();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (IsProperty(ref reader, nameof(DialogInstance.Id), options))
            {
                reader.Read();
                instance.Id = reader.TokenType == JsonTokenType.Null ? null! : reader.GetString()!;
            }
            else if (IsProperty(ref reader, nameof(DialogInstance.State), options))
            {
                reader.Read();
                instance.State = reader.TokenType == JsonTokenType.Null
                    ? null!
                    : DialogStateBagConverter.ReadBag(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return instance;
    }

    private static string Name(string clrName, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy == JsonNamingPolicy.CamelCase
            ? clrName switch
            {
                nameof(DialogState.DialogStack) => "dialogStack",
                nameof(DialogInstance.Id) => "id",
                nameof(DialogInstance.State) => "state",
                _ => JsonNamingPolicy.CamelCase.ConvertName(clrName),
            }
            : options.PropertyNamingPolicy?.ConvertName(clrName) ?? clrName;

    private static bool IsProperty(ref Utf8JsonReader reader, string clrName, JsonSerializerOptions options)
    {
        var name = Name(clrName, options);
        return reader.ValueTextEquals(name)
            || (options.PropertyNameCaseInsensitive && string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase));
    }
}
