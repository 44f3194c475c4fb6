export const LANGUAGE_ID = 'proposal-reply';
/** Shown as the source of every diagnostic, and the kind suffix of `source.fixAll.proposal-reply`. */
export const SOURCE = 'proposal-reply';
export const SETTINGS_SECTION = 'proposalReply';
export const WORKSPACE_TEMPLATES_FOLDER = '.proposal-reply/templates';

export const COMMANDS = {
  newReply: 'proposalReply.newReply',
  fixAll: 'proposalReply.fixAll',
  disableRule: 'proposalReply.disableRule',
} as const;

export const REPLY_SELECTOR = [{ language: LANGUAGE_ID }];
