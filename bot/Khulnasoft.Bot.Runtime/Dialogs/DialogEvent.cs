namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>An event travelling through the dialog tree (e.g. <see cref="DialogEvents.Error"/>).</summary>
public sealed class DialogEvent(string name, object? value = null, bool bubble = true)
{
    public string Name { get; } = name;

    public object? Value { get; } = value;

    /// <summary>Whether the event continues to the parent context when not handled.</summary>
    public bool Bubble { get; } = bubble;
}
