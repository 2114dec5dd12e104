using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;

namespace Khulnasoft.Bot.Tests.Identity;

/// <summary>One test's identity services, wired as <c>AddIdentity()</c> wires them.</summary>
public sealed record IdentityServices(
    ChallengeHasher Hasher,
    ChallengeStore Store,
    OneTimeCodeService Codes,
    ChannelIdentityResolver Resolver,
    StepUpVerifier StepUp,
    IdentityDialog Dialog);
