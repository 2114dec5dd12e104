using System.Globalization;
using System.Text;

namespace Khulnasoft.Bot.DataExport;

/// <summary>README.txt: when the copy was made, for whom, and one line per file saying what it is.</summary>
public static class DataExportReadme
{
    public const string FileName = "README.txt";

    public static byte[] Write(ExportedUser user, IReadOnlyList<ExportFile> files, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder()
            .Append("A copy of your data at Khulnasoft\n")
            .Append("=================================\n\n")
            .Append(CultureInfo.InvariantCulture, $"Exported: {exportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC\n")
            .Append(CultureInfo.InvariantCulture, $"User: {user.Profile.Email} (id {user.Profile.Id})\n\n")
            .Append("This archive holds what the Khulnasoft account API holds about you and about the accounts you own\n")
            .Append("(accounts where you are the primary owner), as it was at the time above. JSON files use the API's\n")
            .Append("own field names. Accounts you are only a member of appear in memberships.json; their data belongs to\n")
            .Append("their owners. Not included: staff-only records such as legal holds.\n\n")
            .Append("Files\n-----\n")
            .Append(FileName).Append(": this file\n");
        foreach (var file in files)
        {
            text.Append(file.Path).Append(": ").Append(file.Description).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
