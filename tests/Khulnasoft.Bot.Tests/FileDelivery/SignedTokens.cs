namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>Ways to spoil a signed link token in tests.</summary>
public static class SignedTokens
{
    /// <summary>Changes the first character of the MAC (a whole sextet of MAC bits, unlike the last character's padding).</summary>
    public static string FlipMac(string token)
    {
        var at = token.IndexOf('.', StringComparison.Ordinal) + 1;
        return token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
    }
}
