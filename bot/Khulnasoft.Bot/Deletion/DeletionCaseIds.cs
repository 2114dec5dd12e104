using System.Security.Cryptography;

namespace Khulnasoft.Bot.Deletion;

/// <summary>Opaque case ids: <c>del_</c> + 26 random base32 characters (130 bits); nothing about the user in them.</summary>
public static class DeletionCaseIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private static readonly System.Buffers.SearchValues<char> AlphabetValues = System.Buffers.SearchValues.Create(Alphabet);

    public static string New() => "del_" + RandomNumberGenerator.GetString(Alphabet, 26);

    public static bool IsWellFormed(string? caseId) =>
        caseId is { Length: 30 } && caseId.StartsWith("del_", StringComparison.Ordinal) && caseId.AsSpan(4).IndexOfAnyExcept(AlphabetValues) < 0;
}
