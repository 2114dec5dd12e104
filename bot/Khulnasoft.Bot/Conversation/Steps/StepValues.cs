using Khulnasoft.Bot.Runtime.Dialogs;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>The typed values a step dialog is begun with (after a reload from storage too).</summary>
internal static class StepValues
{
    /// <summary>The waterfall's begin options as <typeparamref name="T"/>; a step begun without them is a programming error.</summary>
    public static T Required<T>(WaterfallStepContext step)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.GetOptions<T>() ?? throw new InvalidOperationException($"The step dialog '{step.ActiveDialog?.Id}' was begun without its {typeof(T).Name}.");
    }
}
