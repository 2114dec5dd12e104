using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.State;

/// <summary>The accessor <see cref="BotState.CreateProperty{T}"/> returns.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        if (await state.HasPropertyAsync(turnContext, Name, cancellationToken).ConfigureAwait(false))
        {
            return await state.GetPropertyValueAsync<T>(turnContext, Name, cancellationToken).ConfigureAwait(false);
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var value = defaultValueFactory();
        if (value is not null)
        {
            await state.SetPropertyValueAsync(turnContext, Name, value, cancellationToken).ConfigureAwait(false);
        }

        return value;
    }

    public Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        return state.SetPropertyValueAsync(turnContext, Name, value, cancellationToken);
    }

    public Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        state.DeletePropertyValueAsync(turnContext, Name, cancellationToken);
}
