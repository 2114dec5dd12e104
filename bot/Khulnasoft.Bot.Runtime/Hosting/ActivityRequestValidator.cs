using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Net.Http.Headers;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>
/// Checks a POSTed activity before its turn: the content type, and the fields every turn needs (type, conversation,
/// channel, sender, a reply address). Remembers the last serviceUrl found valid, so a channel's repeated one is not
/// parsed again.
/// </summary>
internal sealed class ActivityRequestValidator
{
    private volatile string? _lastValidServiceUrl;

    /// <summary>Whether the request's content type is <c>application/json</c>.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is missing or malformed in <paramref name="activity"/> (the problem and its field), or null.</summary>
    public (string Detail, string Field)? Invalid(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ("The activity has no type.", "type");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ("The activity has no conversation.id.", "conversation.id");
        }

        // Every channel sends both; the turn (state keys, identity, replies) needs them.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return ("The activity has no channelId.", "channelId");
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return ("The activity has no from.id.", "from.id");
        }

        // Replies go to serviceUrl; only expectReplies (answered in the HTTP response) can do without it.
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return expectReplies ? null : ("The activity has no serviceUrl to send replies to.", "serviceUrl");
        }

        // A channel sends the same serviceUrl on every activity: the last one found valid is not parsed again.
        if (string.Equals(activity.ServiceUrl, _lastValidServiceUrl, StringComparison.Ordinal))
        {
            return null;
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return ("The activity's serviceUrl is not an absolute http(s) URL.", "serviceUrl");
        }

        _lastValidServiceUrl = activity.ServiceUrl;
        return null;
    }
}
