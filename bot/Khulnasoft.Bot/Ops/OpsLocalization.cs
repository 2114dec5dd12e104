using System.Globalization;
using Khulnasoft.Bot.Conversation;
using Khulnasoft.Bot.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Ops;

/// <summary>
/// <c>app.UseOpsLocalization()</c>: ASP.NET Core request localization for <c>/ops</c> only. The operator's language
/// is the browser's <c>Accept-Language</c> when the console speaks it (English, German; a regional variant such as
/// <c>de-AT</c> formats dates), otherwise <c>Conversation:DefaultCulture</c>. Nothing else (cookie, query) picks it.
/// </summary>
public static class OpsLocalization
{
    public static IApplicationBuilder UseOpsLocalization(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var fallback = SupportedCultures.Match(app.ApplicationServices.GetRequiredService<IOptions<ConversationOptions>>().Value.DefaultCulture) ?? SupportedCultures.English;
        var formatting = CultureInfo.GetCultures(CultureTypes.SpecificCultures | CultureTypes.NeutralCultures)
            .Where(c => SupportedCultures.Match(c.Name) is not null)
            .ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(fallback),
            SupportedCultures = formatting,
            SupportedUICultures = [.. SupportedCultures.All],
            FallBackToParentUICultures = true,
            FallBackToParentCultures = true,
            RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()],
        };
        return app.UseWhen(context => context.Request.Path.StartsWithSegments("/ops", StringComparison.OrdinalIgnoreCase), ops => ops.UseRequestLocalization(options));
    }
}
