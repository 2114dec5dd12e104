using System.Globalization;
using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Localization;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.DataExport;

/// <summary>
/// What the data export says to the user, in chat and on the download link, in the current culture
/// (<c>DataExportMessages.resx</c> and its siblings). Never names an account in a group.
/// </summary>
public static class DataExportMessages
{
    private static readonly IStringLocalizer L = Localized.For(typeof(DataExportMessages));

    public static string ApiFailed => L["ApiFailed"];

    public static string UserGone => L["UserGone"];

    public static string LinkExpired => L["LinkExpired"];

    public static string LinkInvalid => L["LinkInvalid"];

    public static string LinkUserGone => L["LinkUserGone"];

    public static string LinkApiUnavailable => L["LinkApiUnavailable"];

    public static string LinkApiFailed => L["LinkApiFailed"];

    public static string ConsentDeclined => L["ConsentDeclined"];

    public static string ConsentRefused => L["ConsentRefused"];

    public static string GroupNote => L["GroupNote"];

    public static string TooLarge(int limitBytes) => L["TooLarge", FileWording.Size(limitBytes)];

    public static string LinkTooLarge(int limitBytes) => L["LinkTooLarge", FileWording.Size(limitBytes)];

    /// <summary>Web Chat and other channels: above the zip attachment.</summary>
    public static string AttachmentIntro(DataExportArchive archive, TimeSpan linkLifetime) =>
        L["AttachmentIntro", Contents(archive), FileWording.Lifetime(linkLifetime)];

    /// <summary>Teams personal chat: above the consent card.</summary>
    public static string ConsentIntro(DataExportArchive archive) => L["ConsentIntro", Contents(archive)];

    /// <summary>Teams group chat or channel: the link only, and a warning that the link is the only key.</summary>
    public static string GroupLink(Uri url, TimeSpan linkLifetime) => L["GroupLink", GroupNote, FileWording.Lifetime(linkLifetime), url];

    public static string ConsentDescription(DataExportArchive archive) =>
        L["ConsentDescription", archive.Entries.Count.ToString(CultureInfo.InvariantCulture)];

    public static string Uploaded(string fileName) => L["Uploaded", fileName];

    public static string UploadFailed(string fileName) => L["UploadFailed", fileName];

    private static string Contents(DataExportArchive archive) =>
        L["Contents", What(archive.OwnedAccountCount), FileWording.Size(archive.Content.Length)];

    private static string What(int ownedAccounts) => ownedAccounts switch
    {
        0 => L["WhatNoAccount"],
        1 => L["WhatOneAccount"],
        _ => L["WhatAccounts", ownedAccounts.ToString(CultureInfo.InvariantCulture)],
    };
}
