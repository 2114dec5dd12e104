using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>The file delivery host (real host, embedded sandbox as the account API) as the data export tests use it.</summary>
public sealed class DataExportHost : FileDeliveryFixture;
