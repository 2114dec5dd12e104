using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>A named, typed property of a <see cref="BotState"/> (e.g. the dialog stack in conversation state).</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value; when missing and <paramref name="defaultValueFactory"/> is given, its result is stored and returned.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
