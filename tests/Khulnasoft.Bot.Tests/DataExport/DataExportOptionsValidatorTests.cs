using Khulnasoft.Bot.DataExport;

namespace Khulnasoft.Bot.Tests.DataExport;

public sealed class DataExportOptionsValidatorTests
{
    [Theory]
    [InlineData("00:00:00", 1024, nameof(DataExportOptions.LinkLifetime))]
    [InlineData("1.00:00:01", 1024, nameof(DataExportOptions.LinkLifetime))]
    [InlineData("00:30:00", 1023, nameof(DataExportOptions.MaxSizeBytes))]
    [InlineData("00:30:00", 60 * 1024 * 1024, nameof(DataExportOptions.MaxSizeBytes))]
    public void Validate_OutOfRange_FailsNamingTheSetting(string lifetime, int maxSize, string setting)
    {
        var options = new DataExportOptions { LinkLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture), MaxSizeBytes = maxSize };

        var result = new DataExportOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TheDefaults_Succeeds() =>
        Assert.True(new DataExportOptionsValidator().Validate(null, new DataExportOptions()).Succeeded);
}
