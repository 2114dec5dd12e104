namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// Builds the absolute URL of a signed download link: <c>{public base}/{route prefix}/{token}</c>, with
/// <c>?lang=de</c> when it is made in a language other than English (<see cref="LinkPageLanguage"/>; not part of
/// the signature: it only chooses the language of the link's error pages). The base is
/// asked for on every call (<paramref name="publicBase"/>), because the listening address is known only once the
/// server runs (the host's <see cref="Hosting.ListeningAddress"/> keeps it from then on).
/// </summary>
public sealed class SignedFileLinks(Func<Uri> publicBase)
{
    public Uri For(string routePrefix, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(routePrefix);
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new Uri(publicBase(), $"{routePrefix}/{Uri.EscapeDataString(token)}{LinkPageLanguage.QueryForCurrent()}");
    }
}
