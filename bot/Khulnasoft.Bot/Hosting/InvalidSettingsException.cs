using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Hosting;

/// <summary>The host refused to start: its message lists every missing or invalid setting (see <see cref="StartupSettings"/>).</summary>
public sealed class InvalidSettingsException(string message, OptionsValidationException failures) : Exception(message, failures)
{
    /// <summary>Every failure, one per setting.</summary>
    public IReadOnlyList<string> Failures => ((OptionsValidationException)InnerException!).Failures.ToList();
}
