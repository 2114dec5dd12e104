using System.Globalization;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Hosting;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// The runtime's turn-error message in the turn's language (<see cref="ConversationTexts.TurnFailed"/>): the language
/// <see cref="TurnCultureMiddleware"/> chose for the failed turn (kept in the turn state, since the culture it set does
/// not flow back out of the failed pipeline), else the activity's locale, else <c>Conversation:DefaultCulture</c>.
/// </summary>
public sealed class LocalizedTurnErrorMessage(IOptions<ConversationOptions> options) : ITurnErrorMessage
{
    public string For(ITurnContext turnContext, string correlationId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = turnContext.TurnState.Get<CultureInfo>(TurnCultureMiddleware.LanguageKey)
            ?? SupportedCultures.Match(turnContext.Activity.Locale)
            ?? SupportedCultures.Match(options.Value.DefaultCulture)
            ?? SupportedCultures.English;
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language;
            return ConversationTexts.TurnFailed(correlationId);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
