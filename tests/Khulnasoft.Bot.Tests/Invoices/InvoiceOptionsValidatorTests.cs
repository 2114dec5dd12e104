using Khulnasoft.Bot.Invoices;

namespace Khulnasoft.Bot.Tests.Invoices;

public sealed class InvoiceOptionsValidatorTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("8.00:00:00")]
    public void Validate_ALinkLifetimeOutOfRange_Fails(string lifetime)
    {
        var result = new InvoiceOptionsValidator().Validate(null, new InvoiceOptions { LinkLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains(result.Failures!, f => f.Contains(nameof(InvoiceOptions.LinkLifetime), StringComparison.Ordinal));
    }
}
