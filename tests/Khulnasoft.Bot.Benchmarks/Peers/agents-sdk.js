'use strict';
// Peer 2: Microsoft 365 Agents SDK for JavaScript (@microsoft/agents-hosting 1.8.1 with @microsoft/agents-hosting-dialogs),
// CloudAdapter behind the SDK's authorizeJWT middleware: anonymous because no client id is set and NODE_ENV is not production.
const { CloudAdapter, ConversationState, MemoryStorage, MessageFactory, authorizeJWT, loadAuthConfigFromEnv } = require('@microsoft/agents-hosting');
const dialogs = require('@microsoft/agents-hosting-dialogs');
const { createPlanDialog } = require('./waterfall');
const { serve } = require('./server');

if (process.env.NODE_ENV === 'production' || process.env.clientId) {
  throw new Error('The benchmark runs the Agents SDK anonymously: unset clientId and NODE_ENV=production.');
}

const authConfig = loadAuthConfigFromEnv();
const adapter = new CloudAdapter(authConfig);
const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('DialogState');
const dialog = createPlanDialog(dialogs, MessageFactory);

async function onTurn(context) {
  if (context.activity.type === 'message') {
    await dialogs.runDialog(dialog, context, dialogState);
  }
  await conversationState.saveChanges(context, false);
}

serve([authorizeJWT(authConfig)], (req, res) => adapter.process(req, res, onTurn));
