using System.Reflection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Hosting;

/// <summary>
/// Checks every setting that is validated at start-up (each feature's <c>ValidateOnStart</c> validators) at once,
/// before any endpoint is mapped, so an operator starting the host with several settings missing gets them all in
/// one message instead of one per attempt. Call <c>app.ValidateSettings()</c> right after <c>builder.Build()</c>.
/// </summary>
public static class StartupSettings
{
    public const string Header = "The host cannot start:";

    /// <exception cref="InvalidSettingsException">One or more settings are missing or invalid; the message lists each.</exception>
    public static WebApplication ValidateSettings(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var failures = new List<string>();
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(Describe(e));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            failures.AddRange(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(Describe));
        }

        if (failures.Count == 0)
        {
            return app;
        }

        var distinct = failures.Distinct(StringComparer.Ordinal).ToList();
        var message = $"{Header} {distinct.Count} {(distinct.Count == 1 ? "setting is" : "settings are")} missing or invalid:"
            + string.Concat(distinct.Select(f => "\n - " + f));
        throw new InvalidSettingsException(message, new OptionsValidationException(Options.DefaultName, typeof(StartupSettings), distinct));
    }

    /// <summary>
    /// Each failure of one options class, named by its configuration key: a validator's own message usually starts
    /// with the key ("Invoices:SigningKey is required …"); a data-annotation message names only the property
    /// ("The ApiBaseUrl field is required."), so the key is put in front of it ("Khulnasoft:ApiBaseUrl: …").
    /// </summary>
    private static IEnumerable<string> Describe(OptionsValidationException exception)
    {
        var section = exception.OptionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        var properties = exception.OptionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        foreach (var failure in exception.Failures)
        {
            if (section is null || failure.Contains(section + ":", StringComparison.Ordinal))
            {
                yield return failure;
                continue;
            }

            var property = properties.FirstOrDefault(p => failure.Contains($"The {p} field", StringComparison.Ordinal) || failure.Contains($"'{p}'", StringComparison.Ordinal));
            yield return property is null ? $"{section}: {failure}" : $"{section}:{property}: {failure}";
        }
    }
}
