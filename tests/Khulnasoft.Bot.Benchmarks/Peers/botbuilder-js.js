'use strict';
// Peer 1: botbuilder-js 4.23 (botbuilder + botbuilder-dialogs), CloudAdapter with auth disabled (no app id), MemoryStorage.
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, MessageFactory } = require('botbuilder');
const dialogs = require('botbuilder-dialogs');
const { createPlanDialog } = require('./waterfall');
const { serve } = require('./server');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('DialogState');
const dialog = createPlanDialog(dialogs, MessageFactory);

async function onTurn(context) {
  if (context.activity.type === 'message') {
    await dialogs.runDialog(dialog, context, dialogState);
  }
  await conversationState.saveChanges(context, false);
}

serve([], (req, res) => adapter.process(req, res, onTurn));
