using System.Text;

namespace Khulnasoft.Bot.DataExport;

/// <summary>README.txt: when the copy was made, for whom, and one line per file saying what it is, in the language
/// of the turn or link that built the copy (<see cref="DataExportFileTexts"/>).</summary>
public static class DataExportReadme
{
    public const string FileName = "README.txt";

    public static byte[] Write(ExportedUser user, IReadOnlyList<ExportFile> files, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(files);
        var title = DataExportFileTexts.Title;
        var text = new StringBuilder()
            .Append(title).Append('\n').Append('=', title.Length).Append("\n\n")
            .Append(DataExportFileTexts.Exported(exportedAt)).Append('\n')
            .Append(DataExportFileTexts.User(user.Profile.Email, user.Profile.Id)).Append("\n\n")
            .Append(DataExportFileTexts.About).Append("\n\n")
            .Append(DataExportFileTexts.FilesHeading).Append('\n').Append('-', DataExportFileTexts.FilesHeading.Length).Append('\n')
            .Append(FileName).Append(": ").Append(DataExportFileTexts.ThisFile).Append('\n');
        foreach (var file in files)
        {
            text.Append(file.Path).Append(": ").Append(file.Description).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
