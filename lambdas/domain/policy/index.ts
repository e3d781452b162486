// PLACEHOLDER: replaced by the policy work (issue 2 §4). Signatures are the contract.
import type { Mode } from '../types';

export interface Policy {
  version: 1;
  mode: Mode;
  /** The sender's own domains: mail only to these is internal and exempt. */
  internalDomains: string[];
  allow: { senders: string[]; recipients: string[] };
}

export class PolicyError extends Error {
  override name = 'PolicyError';
}

export function defaultPolicy(): Policy {
  return { version: 1, mode: 'enforce', internalDomains: [], allow: { senders: [], recipients: [] } };
}

/** Parses and validates a policy (JSON or YAML); errors name the field and line. */
export function parsePolicy(_text: string, _source = 'policy'): Policy {
  return defaultPolicy();
}
