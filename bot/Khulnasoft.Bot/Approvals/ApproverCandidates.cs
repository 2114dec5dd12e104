using Khulnasoft.Bot.Accounts;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Teams;

namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Who can approve a request: every current, active super administrator of the account except the requester, each
/// with the personal Teams chat the bot opened with their Entra identity (null when they have none or it failed).
/// </summary>
public sealed class ApproverCandidates(SuperAdministrators admins, KhulnasoftApiClient api, TeamsApprovalChannel teams)
{
    public async Task<IReadOnlyList<(ApproverEntry Entry, TeamsChat? Chat)>> FindAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var candidates = new List<(ApproverEntry Entry, TeamsChat? Chat)>();
        foreach (var member in await admins.ListAsync(request.AccountId, cancellationToken).ConfigureAwait(false))
        {
            if (member.User.Id == request.Requester.UserId || await ActiveUserAsync(member.User.Id, cancellationToken).ConfigureAwait(false) is not { } user)
            {
                continue;
            }

            var chat = user.Entra is { } entra ? await teams.OpenChatAsync(entra, user.Name, cancellationToken).ConfigureAwait(false) : null;
            candidates.Add((new ApproverEntry(user.Id, user.Name, user.Email, ApproverChannel.Unreachable, chat?.TeamsUserId), chat));
        }

        return candidates;
    }

    private async Task<KhulnasoftUser?> ActiveUserAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
            return string.Equals(user.Status, "active", StringComparison.OrdinalIgnoreCase) ? user : null;
        }
        catch (AccountNotFoundException)
        {
            return null;
        }
    }
}
