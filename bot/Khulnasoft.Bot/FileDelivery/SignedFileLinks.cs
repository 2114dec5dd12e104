namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Builds the absolute URL of a signed download link: <c>{public base}/{route prefix}/{token}</c>. The base is
/// resolved on every call (<paramref name="publicBase"/>), because the listening address is known only once the
/// server runs.
/// </summary>
public sealed class SignedFileLinks(Func<Uri> publicBase)
{
    public Uri For(string routePrefix, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(routePrefix);
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new Uri(publicBase(), $"{routePrefix}/{Uri.EscapeDataString(token)}");
    }
}
