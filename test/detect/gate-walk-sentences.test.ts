// The other half of the fixture sentences for gate-walk.test.ts: gated detection = the trigger walk.
import { describe } from 'vitest';
import { sentenceParts } from './gate-walk-suite';

describe('gated detection = the trigger walk', () => {
  sentenceParts(1);
});
