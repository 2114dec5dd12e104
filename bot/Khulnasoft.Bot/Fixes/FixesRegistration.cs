using Khulnasoft.Bot.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.Fixes;

/// <summary>The consented one-click fixes of the checklist (docs/one-click-fixes.md) and the accounts' audit chains they write.</summary>
public static class FixesRegistration
{
    public static IHostApplicationBuilder AddFixes(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<AccountAuditLog>();
        builder.Services.AddTransient<FixAudit>();
        builder.Services.AddTransient<FixExecutor>();
        builder.Services.AddTransient<FixResolver>();
        builder.Services.AddTransient<FixService>();
        return builder;
    }
}
