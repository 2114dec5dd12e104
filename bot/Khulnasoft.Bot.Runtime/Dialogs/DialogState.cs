using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>The persisted dialog stack (<c>{"dialogStack":[…]}</c>); index 0 is the active dialog.</summary>
[JsonConverter(typeof(DialogStateConverter))]
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance> stack) => DialogStack = stack ?? throw new ArgumentNullException(nameof(stack));

    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>
    /// The stack a plain-value bag describes (<c>{"dialogStack":[{"id":…,"state":{…}}]}</c>, as <see cref="DialogValueExtensions.ToClr"/>
    /// returns it), reusing its state bags; null when the bag has any other shape (the caller then converts through JSON).
    /// </summary>
    internal static DialogState? TryFromBag(Dictionary<string, object?> bag)
    {
        if (bag.Count != 1 || !bag.TryGetValue("dialogStack", out var raw) || raw is not List<object?> entries)
        {
            return null;
        }

        var stack = new List<DialogInstance>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry is not Dictionary<string, object?> fields || !fields.TryGetValue("id", out var id) || id is not string dialogId)
            {
                return null;
            }

            var state = fields.GetValueOrDefault("state");
            if (fields.Count > (fields.ContainsKey("state") ? 2 : 1) || (state is not null and not Dictionary<string, object?>))
            {
                return null;
            }

            stack.Add(new DialogInstance(dialogId) { State = state as Dictionary<string, object?> ?? new(StringComparer.Ordinal) });
        }

        return new DialogState(stack);
    }
}
