using System.Globalization;
using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>What the data export says to the user, in chat and on the download link. Never names an account in a group.</summary>
public static class DataExportMessages
{
    public const string ApiFailed =
        "I couldn't read all of your data from the account API: it failed part-way, so I haven't sent an incomplete copy. Please ask me again in a few minutes.";

    public const string UserGone = "I can't make a copy of your data: your Khulnasoft user no longer exists.";

    public const string LinkExpired = "This download link has expired; ask the bot for a new copy of your data.";

    public const string LinkInvalid = "This download link is not valid. Ask the bot for a new copy of your data.";

    public const string LinkUserGone = "This copy can't be made any more: the Khulnasoft user it belongs to no longer exists.";

    public const string LinkApiUnavailable =
        "The copy of your data couldn't be completed: the account API failed part-way, and no incomplete file was sent. Please try the link again in a minute.";

    public const string LinkApiFailed =
        "The copy of your data couldn't be completed: the account API refused part of it, and no incomplete file was sent. Ask the bot for a new copy of your data.";

    public const string ConsentDeclined = "No problem, I won't upload the copy of your data. You can ask me for it again at any time.";

    public const string ConsentRefused = "I can't upload that file: it wasn't offered to you in this chat. Ask me for a copy of your data again.";

    public const string GroupNote = "I don't post account details in a group, so here is a download link only.";

    public static string TooLarge(int limitBytes) =>
        $"Your data is larger than the {FileWording.Size(limitBytes)} I can send in one file, so I haven't sent an incomplete copy. Please contact Khulnasoft support for a full export.";

    public static string LinkTooLarge(int limitBytes) =>
        $"The copy of your data is larger than the {FileWording.Size(limitBytes)} the bot can send, so no incomplete file was sent. Please contact Khulnasoft support for a full export.";

    /// <summary>Web Chat and other channels: above the zip attachment.</summary>
    public static string AttachmentIntro(DataExportArchive archive, TimeSpan linkLifetime) =>
        $"{Contents(archive)} The download link works for {FileWording.Lifetime(linkLifetime)} and builds the copy afresh when you open it.";

    /// <summary>Teams personal chat: above the consent card.</summary>
    public static string ConsentIntro(DataExportArchive archive) =>
        $"{Contents(archive)} Choose Allow and I'll save it to your OneDrive and share it here.";

    /// <summary>Teams group chat or channel: the link only, and a warning that the link is the only key.</summary>
    public static string GroupLink(Uri url, TimeSpan linkLifetime) =>
        $"{GroupNote} It works for {FileWording.Lifetime(linkLifetime)}, and anyone who has it can download your data, so open it yourself and don't forward it:\n\n- [A copy of your data]({url})";

    public static string ConsentDescription(DataExportArchive archive) =>
        $"A copy of your Khulnasoft data ({archive.Entries.Count.ToString(CultureInfo.InvariantCulture)} files)";

    public static string Uploaded(string fileName) => $"Here is {fileName}, a copy of your data; it is saved in your OneDrive.";

    public static string UploadFailed(string fileName) =>
        $"I couldn't upload {fileName} to your OneDrive. Please ask me for a copy of your data again.";

    private static string Contents(DataExportArchive archive) =>
        $"Here is a copy of your data at Khulnasoft: {What(archive.OwnedAccountCount)}, as a zip of {FileWording.Size(archive.Content.Length)} " +
        "with a README.txt that says what each file is.";

    private static string What(int ownedAccounts) => ownedAccounts switch
    {
        0 => "your profile and your memberships (you are not the primary owner of any account)",
        1 => "your profile, your memberships and everything of the account you own (zones with DNS records, subscriptions, registrar domains, billing profile and invoices as PDF)",
        _ => $"your profile, your memberships and everything of the {ownedAccounts.ToString(CultureInfo.InvariantCulture)} accounts you own (zones with DNS records, subscriptions, registrar domains, billing profile and invoices as PDF)",
    };
}
