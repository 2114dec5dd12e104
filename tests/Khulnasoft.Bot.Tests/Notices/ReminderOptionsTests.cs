using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Tests.Notices;

/// <summary><c>Deletion:ReminderBefore</c>: 3 days unless set, and validated at start-up (1 s … 30 days).</summary>
public sealed class ReminderOptionsTests
{
    [Fact]
    public void TheDefault_IsThreeDays_AndValid()
    {
        var options = new DeletionOptions();

        Assert.Equal(TimeSpan.FromDays(3), options.ReminderBefore);
        Assert.True(new DeletionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("30.00:00:01")]
    public void OutOfRange_IsRefusedNamingTheSetting(string value)
    {
        var result = new DeletionOptionsValidator().Validate(null, new DeletionOptions { ReminderBefore = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains(nameof(DeletionOptions.ReminderBefore), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondsLong_IsAccepted()
    {
        Assert.True(new DeletionOptionsValidator().Validate(null, new DeletionOptions { ReminderBefore = TimeSpan.FromSeconds(5) }).Succeeded);
    }
}
