using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Testing;
using Khulnasoft.Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Conversation;

/// <summary>
/// Transcript tests over a running <see cref="BotTestHost"/>'s bot: a <see cref="TestAdapter"/> that runs the host's
/// own middleware, in the order the host registers it for its <c>CloudAdapter</c> (the turn gate that loads and saves
/// state, the turn culture, the handoff transcript recorder and status), then the host's <see cref="IBot"/>.
/// </summary>
public static class TranscriptFlows
{
    extension(BotTestHost host)
    {
        /// <summary>A transcript test over the host's bot, as the user of <paramref name="reference"/>.</summary>
        /// <param name="authentication">What the real entry point would have established for the turn (e.g.
        /// <c>AuthenticatedTurns.ChannelToken()</c> for Teams); without it the turn is unauthenticated.</param>
        public TestFlow Flow(ConversationReference reference, out TestAdapter adapter, IMiddleware? authentication = null)
        {
            adapter = new TestAdapter(reference);
            if (authentication is not null)
            {
                adapter.Use(authentication);
            }

            foreach (var middleware in host.Services.GetServices<IMiddleware>())
            {
                adapter.Use(middleware);
            }

            return new TestFlow(adapter, host.Service<IBot>());
        }

        /// <summary>A new script on the same conversation (e.g. after reading a code from the mailbox).</summary>
        public TestFlow Continue(TestAdapter adapter) => new(adapter, host.Service<IBot>());
    }
}
