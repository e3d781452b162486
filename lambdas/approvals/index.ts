// The approval flow's pure core (issue 5): tokens, directory, hold state machine, sweeper, notices,
// view helpers. No AWS SDK, no servers: the approvals Lambda, the sweeper Lambda and the local
// gateway wire it to their own stores and mailers. See README.md in this folder.

export * from './actions';
export * from './directory';
export * from './errors';
export * from './highlight';
export * from './hold';
export {
  approverHoldMail,
  buildMime,
  checkAddress,
  formatTime,
  type HoldView,
  holdViewFrom,
  MAX_BODY_IN_MAIL,
  type MailAddress,
  type MailContent,
  type NoticeOptions,
  reminderMail,
  repExpiryMail,
  repHoldMail,
  repRejectMail,
  type StoredHold,
} from './notifications';
export * from './pages';
export * from './sweeper';
export * from './text';
export * from './tokens';
