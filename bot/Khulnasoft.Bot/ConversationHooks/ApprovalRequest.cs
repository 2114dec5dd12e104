using Khulnasoft.Cards.Scope;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>A verified user's deletion request that needs an SSO account's super administrators to approve it.</summary>
public sealed record ApprovalRequest(string CaseId, VerifiedIdentity Requester, string AccountId, string AccountName, DeletionScope Scope);
