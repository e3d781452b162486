// PLACEHOLDER until the local gateway lands (issue 4): explains what start will do and scans a sample.
import { run as scan } from './scan';

export async function run(_argv: string[]): Promise<number> {
  console.log('poise start: the local gateway (SMTP ingress, queue, filter, relay) is not built yet.');
  console.log('Meanwhile, here is the filter judging a sample message:\n');
  return scan([new URL('../../test/fixtures/sample/discount.eml', import.meta.url).pathname]);
}
