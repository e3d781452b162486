// Regression floors on the blind whole-message corpora we wrote (test/fixtures/corpus-blind*, each
// scored blind first; see their READMEs). corpus-blind was never tuned on: its floor is the score after
// the extraction fixes. corpus-blind2 to corpus-blind15 were tuned on through separate sentences
// (test/fixtures/sentences/blind2*.tuned.txt, blind3*.tuned.txt, corpus4–12.tuned.txt, session11.tuned.txt, corpus14.tuned.txt, corpus15.tuned.txt): their floors are the tuned scores minus
// one miss, and they are no longer blind. Do not tune rules on these messages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatEvalReport } from '../../lambdas/domain/evaluate';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';

interface Blind {
  dir: string;
  /** Positive, hard negative and plain negative messages. */
  kinds: [number, number, number];
  /** Quotes, forwards and footers in the set all carry one of these marks. */
  quoted: RegExp;
  floor: { qp: number; ud: number };
}

/** Quote headers, forwards and footers in English, German, Spanish and French. */
const QUOTED_ANY_LANGUAGE =
  /^>|wrote:|a écrit|escribió|\bschrieb\b|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet|Envoyé|Objet|Asunto|Betreff):|Forwarded message|Original Message|unsubscribe|désinscri|darse de baja|abmelden/im;

const BLIND: Blind[] = [
  {
    dir: 'corpus-blind',
    kinds: [16, 16, 8],
    quoted: /^>|wrote:|^(?:From|Sent|Subject):|Forwarded message|CONFIDENTIALITY/m,
    floor: { qp: 0.88, ud: 1 },
  },
  {
    dir: 'corpus-blind2',
    kinds: [16, 16, 8],
    quoted:
      /^>|wrote:|a écrit|escribió|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet):|Forwarded message|This message and any attachment|Unsubscribe|opt out/m,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    dir: 'corpus-blind3',
    kinds: [19, 14, 7],
    quoted:
      /^>|wrote:|a écrit|escribió|schrieb|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet):|Forwarded message|unsubscribe|Manage your preferences/m,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    dir: 'corpus-blind4',
    kinds: [20, 13, 7],
    quoted:
      /^>|wrote:|a écrit|escribió|schrieb|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet|Envoyé|Objet|Asunto|Betreff):|Forwarded message|Original Message|unsubscribe|désinscri|darse de baja|abmelden/im,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    dir: 'corpus-blind5',
    kinds: [20, 13, 7],
    quoted:
      /^>|wrote:|a écrit|escribió|schrieb|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet|Envoyé|Objet|Asunto|Betreff):|Forwarded message|Original Message|unsubscribe|désinscri|darse de baja|abmelden/im,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    dir: 'corpus-blind6',
    kinds: [20, 13, 7],
    quoted:
      /^>|wrote:|a écrit|escribió|schrieb|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet|Envoyé|Objet|Asunto|Betreff):|Forwarded message|Original Message|unsubscribe|désinscri|darse de baja|abmelden/im,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    // Precision-heavy: 20 hard negatives. 8 quota_pressure positives, so one miss is F1 0.933.
    // "schrieb" as a word: a body may say "unterschrieben".
    dir: 'corpus-blind7',
    kinds: [14, 20, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.93, ud: 0.94 },
  },
  {
    // Account management and everyday mail: 18 hard negatives.
    // "schrieb" as a word: a body may say "unterschrieben".
    dir: 'corpus-blind8',
    kinds: [16, 18, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    // Languages: 20 of 40 in German, Spanish or French, 8 in non-native English.
    // "schrieb" as a word: a body may say "unterschrieben".
    dir: 'corpus-blind9',
    kinds: [18, 16, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    // Everyday threads: 37 of 40 reply over Gmail, Outlook or Apple quotes or forward; tempting words sit in
    // the buyer's quoted text of 10 negatives. "schrieb" as a word: a body may say "unterschrieben".
    dir: 'corpus-blind10',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.94, ud: 0.94 },
  },
  {
    // Quiet negotiation mail: violations mostly without keywords.
    dir: 'corpus-blind11',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.95, ud: 0.96 },
  },
  {
    // Replies to leads and proposals: violations in tables, bullets, subjects and late paragraphs.
    dir: 'corpus-blind12',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.95, ud: 0.96 },
  },
  {
    // Negotiation-stage and mobile replies: answers to pushback, redlines and renewal haggling.
    dir: 'corpus-blind13',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.95, ud: 0.96 },
  },
  {
    // Closing-stage mail in traditional industries: recaps, templates with bullets, the rep's manager cc'd.
    dir: 'corpus-blind14',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.95, ud: 0.96 },
  },
  {
    // Follow-up chains and renewals: bumps, win-backs, upsells; one plain negative still flagged (a swap at the same price).
    dir: 'corpus-blind15',
    kinds: [20, 14, 6],
    quoted: QUOTED_ANY_LANGUAGE,
    floor: { qp: 0.95, ud: 0.92 },
  },
];

describe.each(BLIND.map((b) => [b.dir, b] as const))('%s', (_name, blind) => {
  const dir = join(import.meta.dirname, '..', 'fixtures', blind.dir);
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as {
    messages: Array<{ file: string; labels: string[]; evidence: string[]; kind: string }>;
  };

  it('holds 40 labeled messages of each kind', () => {
    expect(labels.messages).toHaveLength(40);
    const count = (k: string) => labels.messages.filter((m) => m.kind === k).length;
    expect([count('positive'), count('hard_negative'), count('negative')]).toEqual(blind.kinds);
  });

  it.each(labels.messages.map((m) => [m.file, m] as const))(
    '%s parses, gets a verdict and keeps its evidence in the extracted text',
    async (_file, m) => {
      const { mail, decision } = await scanMessage(readFileSync(join(dir, m.file)), {
        policy: defaultPolicy(),
      });
      expect(decision.holdReason).toBeUndefined();
      expect(['pass', 'flag', 'hold']).toContain(decision.verdict);
      expect(mail?.body.trim()).toBeTruthy();
      const text = `${mail?.subject ?? ''}\n${mail?.body ?? ''}`;
      for (const ev of m.evidence) expect(text).toContain(ev);
      expect(mail?.body).not.toMatch(blind.quoted);
      // A labelled category that is found must be found on one of its evidence sentences, not only on a
      // lucky neighbour (a finding in the wrong sentence once counted as a hit).
      const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
      const evidence = m.evidence.map(squash);
      const onEvidence = (excerpt: string) =>
        evidence.some((e) => excerpt.includes(e.slice(0, 40)) || e.includes(excerpt.slice(0, 40)));
      for (const category of m.labels) {
        const found = decision.findings.filter((f) => f.category === category).map((f) => squash(f.excerpt));
        if (found.length) expect(found.some(onEvidence), `${category}: ${found.join(' | ')}`).toBe(true);
      }
    },
  );

  it(`scores at least the floor: QP F1 ${blind.floor.qp}, UD F1 ${blind.floor.ud}, no hard negative flagged`, async () => {
    const report = await evaluateCorpus(dir, defaultPolicy());
    const text = formatEvalReport(report);
    expect(report.messages).toBe(40);
    expect(report.categories.quota_pressure.f1, text).toBeGreaterThanOrEqual(blind.floor.qp);
    expect(report.categories.unilateral_discount.f1, text).toBeGreaterThanOrEqual(blind.floor.ud);
    expect(report.hardNegatives.falseFlags, text).toBe(0);
  });
});
