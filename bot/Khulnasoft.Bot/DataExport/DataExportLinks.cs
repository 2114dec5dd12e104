using Khulnasoft.Bot.FileDelivery;

namespace Khulnasoft.Bot.DataExport;

/// <summary>Builds the absolute, signed download URL of a data export: <c>{public base}/exports/files/{token}</c>.</summary>
public sealed class DataExportLinks(DataExportSigner signer, SignedFileLinks links)
{
    /// <summary>The route of the download endpoint, relative to the public base.</summary>
    public const string RoutePrefix = "exports/files";

    public Uri For(string userId, string exportId) => ForToken(signer.CreateLinkToken(userId, exportId));

    public Uri ForToken(string token) => links.For(RoutePrefix, token);
}
