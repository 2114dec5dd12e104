namespace Khulnasoft.Bot.DataExport;

/// <summary>How a request for a copy of one's data ended.</summary>
public enum DataExportOutcome
{
    /// <summary>The copy was offered (a link, an attachment or a consent card).</summary>
    Offered,

    /// <summary>The account API failed part-way; nothing was offered.</summary>
    ApiFailed,

    /// <summary>The zip would exceed <see cref="DataExportOptions.MaxSizeBytes"/>; nothing was offered.</summary>
    TooLarge,

    /// <summary>The user no longer exists in the account API.</summary>
    UserGone,
}
