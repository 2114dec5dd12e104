'use strict';
// Peer 1: botbuilder-js 4.23 (botbuilder + botbuilder-dialogs), CloudAdapter with auth disabled (no app id), MemoryStorage.
const hosting = require('botbuilder');
const dialogs = require('botbuilder-dialogs');
const { createPlanBot } = require('./waterfall');
const { serve } = require('./server');

const adapter = new hosting.CloudAdapter(new hosting.ConfigurationBotFrameworkAuthentication({}));
const onTurn = createPlanBot(hosting, dialogs);

serve([], (req, res) => adapter.process(req, res, onTurn));
