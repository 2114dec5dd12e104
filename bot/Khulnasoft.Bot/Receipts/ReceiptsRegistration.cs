namespace Khulnasoft.Bot.Receipts;

/// <summary><c>builder.AddReceipts()</c>: the signer (its key is checked at start-up), then <c>app.MapReceipts()</c>.</summary>
public static class ReceiptsRegistration
{
    public static IHostApplicationBuilder AddReceipts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ReceiptOptions>().BindConfiguration(ReceiptOptions.SectionName);
        builder.Services.AddSingleton<ReceiptSigner>();

        // Resolving the signer at start-up makes a missing or wrong key stop the host, not the first purge.
        builder.Services.AddHostedService<ReceiptSignerWarmup>();
        return builder;
    }
}
