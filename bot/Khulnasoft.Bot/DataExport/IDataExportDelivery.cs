using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// Sends a verified user a copy of their data the way the channel supports: Web Chat (and other channels) gets a zip
/// attachment behind a signed, expiring link served by the bot; a Teams personal chat gets a FileConsentCard; a Teams
/// group chat or channel gets the link only. The zip is built from the account API when it is delivered.
/// </summary>
public interface IDataExportDelivery
{
    /// <summary>Builds the copy of <paramref name="userId"/>'s data (to check it can be made, and its size) and offers it in the turn's conversation.</summary>
    Task<DataExportResult> SendAsync(ITurnContext turnContext, string userId, CancellationToken cancellationToken);
}
