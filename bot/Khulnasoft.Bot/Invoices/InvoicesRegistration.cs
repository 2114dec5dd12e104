using Khulnasoft.Bot.FileDelivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary>
/// <c>builder.AddInvoices()</c>: signer, links, the delivery and its file consent handler (on top of
/// <c>AddFileDelivery()</c>, which holds the key and the Teams uploader); then <c>app.MapInvoices()</c>.
/// </summary>
public static class InvoicesRegistration
{
    public static IHostApplicationBuilder AddInvoices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<InvoiceOptions>()
            .BindConfiguration(InvoiceOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InvoiceOptions>, InvoiceOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<InvoiceSigner>();
        builder.Services.AddSingleton<InvoiceLinks>();
        builder.Services.AddTransient<InvoiceDelivery>();
        builder.Services.AddTransient<IInvoiceDelivery>(sp => sp.GetRequiredService<InvoiceDelivery>());
        builder.Services.AddTransient<IFileConsentHandler>(sp => sp.GetRequiredService<InvoiceDelivery>());
        return builder;
    }

    public static IEndpointRouteBuilder MapInvoices(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapInvoiceFiles();
        return endpoints;
    }
}
