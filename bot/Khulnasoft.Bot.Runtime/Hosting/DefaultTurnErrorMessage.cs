using System.Globalization;
using System.Text;
using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>The runtime's English turn-error message (<see cref="CloudAdapter.ErrorMessageFormat"/> with the correlation id).</summary>
public sealed class DefaultTurnErrorMessage : ITurnErrorMessage
{
    private static readonly CompositeFormat Format = CompositeFormat.Parse(CloudAdapter.ErrorMessageFormat);

    public string For(ITurnContext turnContext, string correlationId) =>
        string.Format(CultureInfo.InvariantCulture, Format, correlationId);
}
