using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Receipts;

/// <summary><c>builder.AddReceipts()</c>: the signer (its key is validated at start-up), then <c>app.MapReceipts()</c>.</summary>
public static class ReceiptsRegistration
{
    public static IHostApplicationBuilder AddReceipts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReceiptOptions>().BindConfiguration(ReceiptOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ReceiptOptions>, ReceiptOptionsValidator>();
        builder.Services.AddSingleton<ReceiptSigner>();
        ListeningAddress.Register(builder.Services);
        builder.Services.AddSingleton<ReceiptVerifyLink>();
        return builder;
    }
}
