'use strict';
// Peer 2: Microsoft 365 Agents SDK for JavaScript (@microsoft/agents-hosting 1.8.1 with @microsoft/agents-hosting-dialogs),
// CloudAdapter behind the SDK's authorizeJWT middleware: anonymous because no client id is set and NODE_ENV is not production.
const hosting = require('@microsoft/agents-hosting');
const dialogs = require('@microsoft/agents-hosting-dialogs');
const { createPlanBot } = require('./waterfall');
const { serve } = require('./server');

if (process.env.NODE_ENV === 'production' || process.env.clientId) {
  throw new Error('The benchmark runs the Agents SDK anonymously: unset clientId and NODE_ENV=production.');
}

const authConfig = hosting.loadAuthConfigFromEnv();
const adapter = new hosting.CloudAdapter(authConfig);
const onTurn = createPlanBot(hosting, dialogs);

serve([hosting.authorizeJWT(authConfig)], (req, res) => adapter.process(req, res, onTurn));
