using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Deletion;

/// <summary>DataAnnotations checks of <see cref="DeletionOptions"/> (generated).</summary>
[OptionsValidator]
public sealed partial class DeletionOptionsValidator : IValidateOptions<DeletionOptions>;
