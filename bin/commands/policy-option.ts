import { readFile } from 'node:fs/promises';
import { defaultPolicy, type Policy, parsePolicy } from '../../lambdas/domain/policy';
import { UsageError } from './usage';

/** The policy named by --policy, or the built-in default. Validation errors become usage errors. */
export async function policyFrom(file: string | undefined): Promise<Policy> {
  if (!file) return defaultPolicy();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read policy ${file}: ${(err as Error).message}`);
  }
  try {
    return parsePolicy(text, file);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
