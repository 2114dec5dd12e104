using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>The file delivery host with <c>DataExport:MaxSizeBytes</c> at 2 KiB, smaller than Ada's copy.</summary>
public sealed class SmallExportHost : FileDeliveryFixture
{
    public SmallExportHost() => Settings["DataExport:MaxSizeBytes"] = "2048";
}
