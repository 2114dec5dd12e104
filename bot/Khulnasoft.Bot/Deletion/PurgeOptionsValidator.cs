using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>DataAnnotations checks of <see cref="PurgeOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class PurgeOptionsValidator : IValidateOptions<PurgeOptions>;
