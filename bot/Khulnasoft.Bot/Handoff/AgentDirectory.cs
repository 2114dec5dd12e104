using Khulnasoft.Bot.Accounts;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Handoff;

/// <summary>Who can take a conversation: the account's Customer Success Manager (from the API), or <c>Support:Agents</c>.</summary>
public sealed class AgentDirectory(KhulnasoftApiClient api, IOptions<SupportOptions> options, ILogger<AgentDirectory> logger)
{
    /// <summary>The account's CSM (without a tenant when they have no Entra identity, so only email reaches them); null when the account has none or the API is down.</summary>
    public async Task<HandoffAgent?> FindCsmAsync(string? accountId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return null;
        }

        try
        {
            var csm = await api.GetCustomerSuccessManagerAsync(accountId, cancellationToken).ConfigureAwait(false);
            if (csm is null)
            {
                return null;
            }

            if (csm.Entra is not { } entra)
            {
                // Not reachable in Teams, but still the one to follow up by email.
                HandoffLog.CsmWithoutEntra(logger, accountId);
                return new HandoffAgent("csm:" + csm.Email, csm.Name, options.Value.CsmTitle, null, csm.Email);
            }

            return new HandoffAgent(entra.ObjectId.ToLowerInvariant(), csm.Name, options.Value.CsmTitle, entra.TenantId, csm.Email);
        }
        catch (AccountApiException e)
        {
            HandoffLog.CsmLookupFailed(logger, accountId, e);
            return null;
        }
    }

    /// <summary>The email address of an identified user (for the follow-up); null when unknown or the API is down.</summary>
    public async Task<string?> FindUserEmailAsync(string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        try
        {
            return (await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false)).Email;
        }
        catch (AccountApiException e)
        {
            HandoffLog.UserLookupFailed(logger, e);
            return null;
        }
    }

    public IReadOnlyList<HandoffAgent> SupportAgents() => [.. options.Value.Agents.Select(ToAgent)];

    public HandoffAgent? FindSupportAgent(string? agentId) =>
        options.Value.Agents.FirstOrDefault(a => string.Equals(a.AadObjectId, agentId, StringComparison.OrdinalIgnoreCase)) is { } found ? ToAgent(found) : null;

    private static HandoffAgent ToAgent(SupportAgent agent) =>
        new(agent.AadObjectId.ToLowerInvariant(), agent.Name, agent.Title, agent.TenantId, string.IsNullOrWhiteSpace(agent.Email) ? null : agent.Email);
}
