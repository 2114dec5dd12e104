using Khulnasoft.Bot.Localization;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.Options;
using IMiddleware = Khulnasoft.Bot.Runtime.Turns.IMiddleware;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// Sets the turn's language (<see cref="CultureChoice"/>: the activity's <c>locale</c>, then the user's saved choice,
/// then <c>Conversation:DefaultCulture</c>) and time zone (Teams' <c>clientInfo</c> entity; otherwise UTC) before the
/// bot runs. Runs after the turn gate, which has read the user's state.
/// </summary>
public sealed class TurnCultureMiddleware(LanguagePreferences preferences, IOptions<ConversationOptions> options) : IMiddleware
{
    /// <summary>Turn-state key of the turn's language (a <see cref="System.Globalization.CultureInfo"/>), for what is said after the turn failed.</summary>
    public const string LanguageKey = "Khulnasoft.TurnLanguage";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var preference = await preferences.GetAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var language = CultureChoice.Choose(activity.Locale, preference, SupportedCultures.Match(options.Value.DefaultCulture) ?? SupportedCultures.English);
        TurnCulture.Use(language, activity.Locale, ZoneOf(activity));
        turnContext.TurnState[LanguageKey] = language;
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>timezone</c> of the <c>clientInfo</c> entity Teams sends (an IANA id), or null.</summary>
    public static TimeZoneInfo? ZoneOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var clientInfo = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase));
        return UserClock.FindZone(clientInfo?.GetString("timezone"));
    }
}
