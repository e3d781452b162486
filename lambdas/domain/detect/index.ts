// PLACEHOLDER: replaced by the detection work (issue 2 §3). Signature is the contract.
import type { Policy } from '../policy';
import type { Finding } from '../types';

export interface DetectInput {
  subject: string;
  body: string;
}

export function detect(_input: DetectInput, _policy: Policy): Finding[] {
  return [];
}
