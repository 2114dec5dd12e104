'use strict';
// The benchmark bot (the same as Runtime/PlanDialog.cs and PlanBot.cs): email (validated), plan choice, confirmation,
// summary, run on every message with the dialog stack in ConversationState on MemoryStorage. botbuilder and
// @microsoft/agents-hosting (with their dialog libraries) have the same API, so one definition serves both peers.

const EmailQuestion = 'What is the email on your account?';
const EmailRetry = "That doesn't look like an email. Please type the email on your account.";
const PlanQuestion = 'Which plan are you on?';

function createPlanDialog(dialogs, messages) {
  const { ComponentDialog, WaterfallDialog, TextPrompt, ChoicePrompt, ConfirmPrompt } = dialogs;

  class PlanDialog extends ComponentDialog {
    constructor() {
      super('PlanDialog');
      this.addDialog(new TextPrompt('TextPrompt', async (prompt) => prompt.recognized.succeeded && prompt.recognized.value.includes('@')));
      this.addDialog(new ChoicePrompt('ChoicePrompt'));
      this.addDialog(new ConfirmPrompt('ConfirmPrompt'));
      this.addDialog(new WaterfallDialog('steps', [
        async (step) => step.prompt('TextPrompt', { prompt: messages.text(EmailQuestion), retryPrompt: messages.text(EmailRetry) }),
        async (step) => {
          step.values.email = step.result;
          return step.prompt('ChoicePrompt', { prompt: messages.text(PlanQuestion), choices: ['Basic', 'Pro', 'Enterprise'] });
        },
        async (step) => {
          step.values.plan = step.result ? step.result.value : '';
          return step.prompt('ConfirmPrompt', { prompt: messages.text(`Confirm: the account ${step.values.email} is on the ${step.values.plan} plan?`) });
        },
        async (step) => {
          await step.context.sendActivity(`email=${step.values.email}, plan=${step.values.plan}, confirmed=${step.result ? 'yes' : 'no'}`);
          return step.endDialog();
        },
      ]));
      this.initialDialogId = 'steps';
    }
  }

  return new PlanDialog();
}

/** The turn handler: the dialog on every message, then the conversation state saved. */
function createPlanBot(hosting, dialogs) {
  const conversationState = new hosting.ConversationState(new hosting.MemoryStorage());
  const dialogState = conversationState.createProperty('DialogState');
  const dialog = createPlanDialog(dialogs, hosting.MessageFactory);
  return async (context) => {
    if (context.activity.type === 'message') {
      await dialogs.runDialog(dialog, context, dialogState);
    }
    await conversationState.saveChanges(context, false);
  };
}

module.exports = { createPlanBot };
