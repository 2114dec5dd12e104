using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// <c>builder.AddFileDelivery()</c>: the shared parts of handing files to users (signing key validated at start-up,
/// signed links, the Teams uploader, file consent routing); features register their own <see cref="IFileConsentHandler"/>.
/// </summary>
public static class FileDeliveryRegistration
{
    public static IHostApplicationBuilder AddFileDelivery(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var isDevelopment = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<FileDeliveryOptions>()
            .BindConfiguration(FileDeliveryOptions.SectionName)
            .PostConfigure(o =>
            {
                if (isDevelopment && string.IsNullOrWhiteSpace(o.SigningKey))
                {
                    o.SigningKey = FileDeliveryOptions.DevelopmentSigningKey;
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FileDeliveryOptions>, FileDeliveryOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FileSigner>();
        ListeningAddress.Register(builder.Services);
        builder.Services.AddSingleton(sp =>
        {
            var publicBaseUrl = sp.GetRequiredService<IOptions<FileDeliveryOptions>>().Value.PublicBaseUrl;
            var urlOrPath = publicBaseUrl.Length > 0 ? publicBaseUrl : "/";
            var listening = sp.GetRequiredService<ListeningAddress>();
            return new SignedFileLinks(() => listening.Resolve(urlOrPath, $"{FileDeliveryOptions.SectionName}:{nameof(FileDeliveryOptions.PublicBaseUrl)}"));
        });

        builder.Services.AddHttpClient<TeamsFileUploader>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<FileDeliveryOptions>>().Value.UploadTimeout)
            // Upload sessions don't redirect; following one would bypass the uploader's check of the target.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers(); // the default loggers write request URIs, and an upload URL is a credential
        builder.Services.AddTransient<TeamsConsentUpload>();
        builder.Services.AddTransient<FileConsents>();
        return builder;
    }

    /// <summary>Warns (once, at start-up) when links would point at the listening address outside Development.</summary>
    public static IEndpointRouteBuilder MapFileDelivery(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment()
            && services.GetRequiredService<IOptions<FileDeliveryOptions>>().Value.PublicBaseUrl.Length == 0)
        {
            FileDeliveryLog.NoPublicBaseUrl(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FileDeliveryRegistration)));
        }

        return endpoints;
    }
}
