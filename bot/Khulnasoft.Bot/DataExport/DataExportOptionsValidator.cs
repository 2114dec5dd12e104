using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.DataExport;

/// <summary>DataAnnotations checks of <see cref="DataExportOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class DataExportOptionsValidator : IValidateOptions<DataExportOptions>;
