using Khulnasoft.Bot.Tests.FileDelivery;

namespace Khulnasoft.Bot.Tests.Invoices;

/// <summary>The file delivery host as the invoice tests use it (one per test class).</summary>
public sealed class InvoicesHost : FileDeliveryFixture;
