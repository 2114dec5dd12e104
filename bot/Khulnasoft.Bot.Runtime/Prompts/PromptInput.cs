using System.Globalization;
using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>
/// The text a prompt recognises. Typed text is used as is. A card submit (<c>Action.Submit</c>: no text, an object
/// <c>value</c>) answers with one field of its value: <see cref="PromptOptions.SubmitValueField"/> when set,
/// otherwise the first present of <c>answer</c>, <c>choice</c>, <c>value</c>, <c>text</c>. Strings are used as
/// they are, numbers in invariant form, booleans as <c>true</c>/<c>false</c> (which the confirm prompt reads as yes/no).
/// A messageBack whose <c>value</c> is a plain string answers with that string.
/// </summary>
public static class PromptInput
{
    public static readonly IReadOnlyList<string> DefaultSubmitFields = ["answer", "choice", "value", "text"];

    public static string? GetText(Activity activity, PromptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is not null)
        {
            return activity.Text;
        }

        return activity.Value switch
        {
            JsonObject submit => FromSubmit(submit, options?.SubmitValueField),
            JsonValue value => Scalar(value),
            _ => null,
        };
    }

    private static string? FromSubmit(JsonObject submit, string? field)
    {
        if (field is not null)
        {
            return submit[field] is JsonValue value ? Scalar(value) : null;
        }

        foreach (var name in DefaultSubmitFields)
        {
            if (submit[name] is JsonValue value && Scalar(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? Scalar(JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
        {
            return text;
        }

        if (value.TryGetValue<bool>(out var flag))
        {
            return flag ? "true" : "false";
        }

        return value.TryGetValue<decimal>(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null;
    }
}
