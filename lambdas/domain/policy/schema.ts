// The policy file schema (YAML or JSON). One source of truth for validation and defaults.
import { z } from 'zod';
import { BUILTIN_RULE_IDS } from '../detect/catalog';
import { CATEGORIES } from '../types';

const severity = z.enum(['low', 'medium', 'high']);
const verdict = z.enum(['pass', 'flag', 'hold']);
/** A message that could not be judged may be flagged or held, never silently passed. */
const holdReasonVerdict = z.enum(['flag', 'hold']);
const mode = z.enum(['enforce', 'flag-only', 'audit']);

/** `rep@acme.example`, `acme.example`, `@acme.example`, `*.acme.example` or `*@acme.example`. */
const addressPattern = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(\*@|@|\*\.)?[^\s@*]+(@[^\s@*]+)?$/, 'expected an address, a domain or a *.domain wildcard');

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a domain such as acme.example');

// Nested quantifiers such as (a+)+ backtrack catastrophically; user patterns run on every message.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

const regexSource = z
  .string()
  .min(1)
  .max(500)
  .superRefine((src, ctx) => {
    try {
      new RegExp(src, 'iu');
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `invalid regular expression: ${(err as Error).message}` });
      return;
    }
    if (NESTED_QUANTIFIER.test(src)) {
      ctx.addIssue({ code: 'custom', message: 'nested quantifiers like (a+)+ are not allowed (slow)' });
    }
  });

export const customRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'use letters, digits, dot, dash or underscore'),
    category: z.enum(CATEGORIES),
    severity: severity.default('medium'),
    enabled: z.boolean().default(true),
    /** Case-insensitive phrases matched on word boundaries. */
    phrases: z.array(z.string().trim().min(2)).default([]),
    /** Regular expressions (case-insensitive, unicode). */
    patterns: z.array(regexSource).default([]),
    /** A sentence that also contains one of these is not flagged. */
    unless: z.array(z.string().trim().min(2)).default([]),
    /** Skip a match preceded by a negation in its clause ("we don't ..."). */
    negation: z.boolean().default(true),
    fields: z
      .array(z.enum(['subject', 'body']))
      .min(1)
      .default(['subject', 'body']),
    why: z.string().default('Matches a rule of your policy.'),
    suggestion: z.string().default('Rephrase without this wording.'),
  })
  .strict()
  .refine((r) => r.phrases.length + r.patterns.length > 0, {
    message: 'a rule needs at least one of phrases or patterns',
  })
  .refine((r) => !BUILTIN_RULE_IDS.has(r.id), {
    message: 'this id is a built-in rule: change it under overrides instead',
    path: ['id'],
  });

const overrideSchema = z.object({ enabled: z.boolean().optional(), severity: severity.optional() }).strict();

const verdictsSchema = z
  .object({
    quota_pressure: verdict.default('flag'),
    unilateral_discount: verdict.default('hold'),
    unscannable: holdReasonVerdict.default('hold'),
    oversize: holdReasonVerdict.default('hold'),
    scanner_error: holdReasonVerdict.default('hold'),
  })
  .strict();

const teamSchema = z
  .object({
    name: z.string().trim().min(1),
    members: z.array(addressPattern).min(1),
    mode: mode.optional(),
    /** What happens to this team's holds nobody decided in time (used by the approvals flow). */
    onExpiry: z.enum(['reject', 'approve']).default('reject'),
  })
  .strict();

export const policySchema = z
  .object({
    version: z.literal(1),
    mode: mode.default('enforce'),
    internalDomains: z.array(domain).default([]),
    allow: z
      .object({
        senders: z.array(addressPattern).default([]),
        recipients: z.array(addressPattern).default([]),
      })
      .strict()
      .default({ senders: [], recipients: [] }),
    verdicts: verdictsSchema.default({
      quota_pressure: 'flag',
      unilateral_discount: 'hold',
      unscannable: 'hold',
      oversize: 'hold',
      scanner_error: 'hold',
    }),
    overrides: z.record(z.string(), overrideSchema).default({}),
    rules: z.array(customRuleSchema).default([]),
    teams: z.array(teamSchema).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const id of Object.keys(p.overrides)) {
      if (!BUILTIN_RULE_IDS.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', id],
          message: `unknown built-in rule (known: ${[...BUILTIN_RULE_IDS].join(', ')})`,
        });
      }
    }
    const seen = new Set<string>();
    p.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: 'duplicate id' });
      seen.add(r.id);
    });
    const names = new Set<string>();
    p.teams.forEach((t, i) => {
      if (names.has(t.name))
        ctx.addIssue({ code: 'custom', path: ['teams', i, 'name'], message: 'duplicate team' });
      names.add(t.name);
    });
  });

export type PolicyFile = z.output<typeof policySchema>;
export type CustomRule = z.output<typeof customRuleSchema>;
export type Team = z.output<typeof teamSchema>;
export type Verdicts = z.output<typeof verdictsSchema>;
export type RuleOverride = z.output<typeof overrideSchema>;
