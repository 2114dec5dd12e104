using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Invoices;

/// <summary><c>builder.AddInvoices()</c>: signer (key validated at start-up), links, the Teams uploader and the delivery; then <c>app.MapInvoices()</c>.</summary>
public static class InvoicesRegistration
{
    public static IHostApplicationBuilder AddInvoices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<InvoiceOptions>()
            .BindConfiguration(InvoiceOptions.SectionName)
            .PostConfigure(o =>
            {
                if (isDevelopment && string.IsNullOrWhiteSpace(o.SigningKey))
                {
                    o.SigningKey = InvoiceOptions.DevelopmentSigningKey;
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InvoiceOptions>, InvoiceOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<InvoiceSigner>();
        builder.Services.AddSingleton(sp =>
        {
            var publicBaseUrl = sp.GetRequiredService<IOptions<InvoiceOptions>>().Value.PublicBaseUrl;
            var urlOrPath = publicBaseUrl.Length > 0 ? publicBaseUrl : "/";
            return new InvoiceLinks(
                sp.GetRequiredService<InvoiceSigner>(),
                () => ListeningAddress.Resolve(urlOrPath, sp, $"{InvoiceOptions.SectionName}:{nameof(InvoiceOptions.PublicBaseUrl)}"));
        });

        builder.Services.AddHttpClient<TeamsFileUploader>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<InvoiceOptions>>().Value.UploadTimeout)
            // Upload sessions don't redirect; following one would bypass the uploader's check of the target.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers(); // the default loggers write request URIs, and an upload URL is a credential
        builder.Services.AddTransient<IInvoiceDelivery, InvoiceDelivery>();
        return builder;
    }

    public static IEndpointRouteBuilder MapInvoices(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && services.GetRequiredService<IOptions<InvoiceOptions>>().Value.PublicBaseUrl.Length == 0)
        {
            InvoicesLog.NoPublicBaseUrl(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InvoicesRegistration)));
        }

        endpoints.MapInvoiceFiles();
        return endpoints;
    }
}
