using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>One entry of the dialog stack: the dialog's id and its persisted state (<c>{"id":…, "state":{…}}</c>).</summary>
public sealed class DialogInstance
{
    public DialogInstance() { }

    public DialogInstance(string id) => Id = id;

    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// The dialog's state. Values must be JSON-friendly; after a load from storage they come back as plain CLR values
    /// (string, bool, int/long/double, <c>Dictionary&lt;string, object?&gt;</c>, <c>List&lt;object?&gt;</c>):
    /// read typed values with <see cref="DialogValueExtensions.GetValue{T}(IDictionary{string, object?}, string)"/>.
    /// </summary>
    [JsonConverter(typeof(DialogStateBagConverter))]
    public Dictionary<string, object?> State { get; set; } = new(StringComparer.Ordinal);
}
