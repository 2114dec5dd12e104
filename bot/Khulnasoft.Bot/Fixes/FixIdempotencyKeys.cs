using System.Security.Cryptography;
using System.Text;

namespace Khulnasoft.Bot.Fixes;

/// <summary>
/// The <c>Idempotency-Key</c> of a fix: SHA-256 over the user, the checklist card and the change (item and resource),
/// so every repeat of one confirmation (a double click, a duplicated delivery, a second instance, a retry after a
/// timeout) sends the same key and the API changes things once; a later checklist (a new card id) asks afresh.
/// </summary>
public static class FixIdempotencyKeys
{
    public static string For(string userId, string cardId, string item, string resourceId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', "checklist.fix", userId, cardId, item, resourceId)));
        return "fix_" + Convert.ToHexStringLower(hash)[..40];
    }
}
