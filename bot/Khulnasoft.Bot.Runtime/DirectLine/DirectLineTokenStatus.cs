namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>The outcome of reading a bearer credential.</summary>
public enum DirectLineTokenStatus
{
    Valid,

    /// <summary>Malformed, or the signature does not match (a forged or foreign token).</summary>
    Invalid,

    /// <summary>Correctly signed but past its expiry: Direct Line answers 403 <c>TokenExpired</c>.</summary>
    Expired,
}
