using System.Text;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>Turns a name from the account API (an invoice number, an account id) into one safe on every file system.</summary>
public static class SafeFileName
{
    /// <summary>ASCII letters, digits, <c>-</c>, <c>_</c> and inner dots are kept; everything else becomes <c>-</c>.</summary>
    public static string Of(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return safe.ToString().Trim('.');
    }
}
