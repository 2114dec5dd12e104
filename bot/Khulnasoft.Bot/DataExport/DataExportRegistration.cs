using Khulnasoft.Bot.FileDelivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// <c>builder.AddDataExport()</c>: the reader and zip builder, signer, links, delivery and its file consent handler
/// (on top of <c>AddFileDelivery()</c> and the deletion case store for the audit); then <c>app.MapDataExport()</c>
/// for the download endpoint.
/// </summary>
public static class DataExportRegistration
{
    public static IHostApplicationBuilder AddDataExport(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<DataExportOptions, DataExportOptionsValidator>().BindConfiguration(DataExportOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransient<DataExportReader>();
        services.AddTransient<DataExportBuilder>();
        services.AddSingleton<DataExportSigner>();
        services.AddSingleton<DataExportLinks>();
        services.AddTransient<DataExportAudit>();
        services.AddTransient<DataExportDelivery>();
        services.AddTransient<IDataExportDelivery>(sp => sp.GetRequiredService<DataExportDelivery>());
        services.AddTransient<IFileConsentHandler>(sp => sp.GetRequiredService<DataExportDelivery>());
        return builder;
    }

    public static IEndpointRouteBuilder MapDataExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapDataExportFiles();
        return endpoints;
    }
}
