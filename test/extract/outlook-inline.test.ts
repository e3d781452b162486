// Outlook inline replies: the rep answers inside the quoted original (no ">" quoting) and marks the
// comments with a text colour or initials. The markup below is shaped like Outlook desktop's.
import { describe, expect, it } from 'vitest';
import { extractMail, ownText } from '../../lambdas/domain/extract';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';
import { rawMessage, rawMultipart } from './build';

const p = (inner: string) => `<p class="MsoNormal">${inner}<o:p></o:p></p>`;
const span = (colour: string, text: string) =>
  `<span style="font-size:11.0pt;color:${colour}">${text}</span>`;

const HEADER_EN = `<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> Hal Benson &lt;hal@benson-builders.example&gt;<br>
<b>Sent:</b> Tuesday, May 12, 2026 4:05 PM<br><b>To:</b> Dana Rep &lt;dana@seller.example&gt;<br>
<b>Subject:</b> Renewal pricing<o:p></o:p></span></p></div></div>`;

const HEADER_DE = `<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Hanna Berger &lt;h.berger@kunde.example&gt;<br>
<b>Gesendet:</b> Dienstag, 12. Mai 2026 16:05<br><b>An:</b> Dana Rep &lt;dana@seller.example&gt;<br>
<b>Betreff:</b> Verlängerung<o:p></o:p></p></div></div>`;

function outlook(own: string, header: string, original: string): string {
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink{color:#0563C1;text-decoration:underline;}
span.EmailStyle18{mso-style-type:personal-reply;color:#1F497D;} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
${own}
${p('&nbsp;')}
${header}
${p('&nbsp;')}
${original}
</div></body></html>`;
}

const mailOf = (html: string, from = 'Dana Rep <dana@seller.example>') =>
  extractMail(rawMessage({ contentType: 'text/html', cte: 'quoted-printable', from, body: html }));

const BLUE = '#1F497D';
const CONCESSION = "I'll take another 15% off if you sign this week.";

// The buyer's message, in black, with a link and a coloured signature of the buyer's own.
const ORIGINAL_EN = [
  p(
    'Dana, the other vendor quoted us 12% under your renewal price. Their offer is on <a href="https://other.example/offer"><span style="color:#0563C1">their pricing page</span></a> if you want to compare.',
  ),
  `<p class="MsoNormal"><b><i>${span(BLUE, CONCESSION)}</i></b></p>`,
  p('Also, can the onboarding start before June?'),
  p(span(BLUE, 'Yes, our team can start on May 25.')),
  p('Thanks,'),
  p(`<b>${span('#2F5496', 'Hal Benson')}</b>`),
  p(span('#C00000', 'Head of Purchasing | Benson Builders')),
  p(span('#808080', 'This message is confidential and intended only for the addressee.')),
].join('\n');

describe('extractMail: Outlook inline replies (HTML)', () => {
  it('keeps comments in the colour the rep wrote in above the header, and drops the original', async () => {
    const own = [p(span(BLUE, 'Hi Hal, see my answers inline below.')), p(span(BLUE, 'Dana'))].join('\n');
    const mail = await mailOf(outlook(own, HEADER_EN, ORIGINAL_EN));
    expect(mail.body).toBe(
      `Hi Hal, see my answers inline below.\n\n${CONCESSION}\n\nYes, our team can start on May 25.`,
    );
  });

  it('keeps red comments when the rep wrote in black above (German header)', async () => {
    const own = p('Hallo Frau Berger, meine Antworten stehen unten in Rot.');
    const original = [
      p('Können Sie beim Preis noch etwas machen? Der Wettbewerber liegt deutlich darunter.'),
      p(
        '<span style="color:red">Ich kann Ihnen weitere 10 % Rabatt geben, wenn Sie bis Freitag unterschreiben.</span>',
      ),
      p('Und wie lange gilt das Angebot?'),
      p('<font color="#C00000"><b>Bis Ende des Monats.</b></font>'),
      p('Viele Grüße'),
      p('Hanna Berger'),
    ].join('\n');
    const mail = await mailOf(outlook(own, HEADER_DE, original));
    expect(mail.body).toBe(
      'Hallo Frau Berger, meine Antworten stehen unten in Rot.\n\nIch kann Ihnen weitere 10 % Rabatt geben, wenn Sie bis Freitag unterschreiben.\n\nBis Ende des Monats.',
    );
  });

  it('does not take the original for comments: link, coloured signature, grey disclaimer, header', async () => {
    const own = p(span(BLUE, 'Hi Hal, answers below.'));
    const mail = await mailOf(outlook(own, HEADER_EN, ORIGINAL_EN));
    for (const dropped of [
      '12% under your renewal price',
      'their pricing page',
      'onboarding start',
      'Hal Benson',
      'Head of Purchasing',
      'confidential',
      'Renewal pricing',
      'From:',
    ]) {
      expect(mail.body).not.toContain(dropped);
    }
  });

  it('drops a quoted original that has no comments in it, whatever its colours', async () => {
    const original = ORIGINAL_EN.replace(/<p class="MsoNormal"><b><i>.*?<\/p>\n/s, '').replace(
      /.*our team can start.*\n/,
      '',
    );
    expect(original).not.toContain('15%');
    const mail = await mailOf(
      outlook(p(span(BLUE, 'Hi Hal, I will call you tomorrow.')), HEADER_EN, original),
    );
    expect(mail.body).toBe('Hi Hal, I will call you tomorrow.');
  });

  it('keeps comments that outweigh the original, and a rep link inside a comment', async () => {
    const original = [
      p('Any discount?'),
      p(
        span(
          'red',
          'Yes, I can knock 20% off the list price for you, and the details are on <a href="https://seller.example/deal">our deal page</a> with everything else you asked about last week.',
        ),
      ),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, see below.'), HEADER_EN, original));
    expect(mail.body).toContain(
      'Yes, I can knock 20% off the list price for you, and the details are on our deal page',
    );
    expect(mail.body).not.toContain('Any discount?');
  });

  it('keeps black comments inside an original written in colour', async () => {
    const original = [
      p(
        span(
          '#7030A0',
          'We need the price to come down before the board meets next week, otherwise we walk.',
        ),
      ),
      p('Understood, I can take 15% off the first year.'),
      p(span('#7030A0', 'And please confirm the delivery date for the second site in writing.')),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, my answers are inline.'), HEADER_EN, original));
    expect(mail.body).toBe(
      'Hi Hal, my answers are inline.\n\nUnderstood, I can take 15% off the first year.',
    );
  });

  it('keeps a coloured comment that opens the quote, and still drops the black original', async () => {
    const original = [
      p(span('red', 'Answers in red.')),
      p(
        'We like the proposal but the price is above what finance approved for this year, so we need movement there.',
      ),
      p(span('red', 'Fine, I can drop it by 10%.')),
      p('Please also confirm that support hours cover our Singapore office.'),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal.\n\nAnswers in red.\n\nFine, I can drop it by 10%.');
  });

  it('reads an Outlook on the web reply (appendonsend, rule, divRplyFwdMsg) below a rep signature rule', async () => {
    const html = `<html><body><div style="font-family:Calibri;color:rgb(0,0,0)">Hi Hal, answers below.</div>
<hr style="width:30%"><div style="color:rgb(0,0,0)">Dana Rep | Account Executive</div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt" color="#000000"><b>From:</b> Hal Benson &lt;hal@benson-builders.example&gt;<br><b>Sent:</b> Tuesday, May 12, 2026 4:05 PM<br><b>To:</b> Dana Rep &lt;dana@seller.example&gt;<br><b>Subject:</b> Renewal</font><div>&nbsp;</div></div>
<div><div>Can you match the other quote?</div><div><span style="color:rgb(192, 0, 0)">${CONCESSION}</span></div><div>Hal</div></div></body></html>`;
    const mail = await mailOf(html);
    expect(mail.body).toContain(CONCESSION);
    expect(mail.body).not.toMatch(/match the other quote|From:/);
    expect(mail.body.match(/Hi Hal/g)).toHaveLength(1);
  });

  it('reads the comment colour from a class in the message style sheet', async () => {
    const original = [
      p('Can you match the other quote?'),
      p(`<span class="EmailStyle18">${CONCESSION}</span>`),
    ].join('\n');
    const own = p('<span class="EmailStyle18">Hi Hal, inline below.</span>');
    const mail = await mailOf(outlook(own, HEADER_EN, original));
    expect(mail.body).toBe(`Hi Hal, inline below.\n\n${CONCESSION}`);
  });

  it('keeps highlighted comments in the original colour, not a shaded signature table', async () => {
    const original = [
      p('Can you match the other quote?'),
      p(`<span style="background:yellow;mso-highlight:yellow">${CONCESSION}</span>`),
      p('When could you deliver?'),
      p('<mark>Next Tuesday at the latest.</mark>'),
      p('Thanks,'),
      '<table><tr><td style="background:#DEEAF6"><p class="MsoNormal">Hal Benson, Benson Builders</p></td></tr></table>',
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, see the highlighted lines.'), HEADER_EN, original));
    expect(mail.body).toBe(
      `Hi Hal, see the highlighted lines.\n\n${CONCESSION}\n\nNext Tuesday at the latest.`,
    );
  });

  it('splits two comments in one paragraph and drops the original sentence between them', async () => {
    const original = p(
      `Can you lower the price? ${span('red', 'Yes, by 10%.')} We also need the rollout to start in early June for all three regional offices. ${span('red', 'June 2 works.')} Hal`,
    );
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal.\n\nYes, by 10%.\n\nJune 2 works.');
  });

  it('keeps nothing when the original is in the same reply colour as the rep and has no comments', async () => {
    const original = [
      p(span(BLUE, 'Dana, the other vendor quoted us 12% under your price. Can you match it?')),
      p(span(BLUE, 'Thanks,')),
      p('Hal Benson'),
      p('Head of Purchasing'),
    ].join('\n');
    const mail = await mailOf(
      outlook(p(span(BLUE, 'Hi Hal, I will call you at three.')), HEADER_EN, original),
    );
    expect(mail.body).toBe('Hi Hal, I will call you at three.');
  });

  it('keeps a short coloured answer to the last question, not the coloured signature below the sign-off', async () => {
    const original = [
      p('Could you include the premium support tier?'),
      p(span('red', 'Yes.')),
      p('Best regards,'),
      p(span('red', 'Hal')),
      p(span('#1F3864', 'Purchasing')),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal.\n\nYes.');
  });

  it('does not take a coloured signature without a sign-off for comments', async () => {
    const original = [
      p('Please send the revised order form today.'),
      p(`<b>${span('#2F5496', 'Hal Benson')}</b>`),
      p(span('#2F5496', 'Mobile +1 555 0100 | hal@benson-builders.example')),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, will do.'), HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal, will do.');
  });

  it('keeps comments marked with initials even in the original colour', async () => {
    const original = [
      p('Can you waive the setup fee?'),
      p('[DR] Yes, the setup fee is waived.'),
      p('What about training?'),
      p('DR: Two sessions are free of charge.'),
      p('And the invoice date?'),
      p('&gt;&gt; DR End of the quarter.'),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, inline.'), HEADER_EN, original));
    expect(mail.body).toBe(
      'Hi Hal, inline.\n\n[DR] Yes, the setup fee is waived.\n\nDR: Two sessions are free of charge.\n\n>> DR End of the quarter.',
    );
  });

  it("stops below the rep's own earlier message: older inline comments were scanned when they were sent", async () => {
    const original = [
      p('Can you do better on price?'),
      p(span('red', 'I can take 15% off.')),
      // The rep's earlier reply, which answered the message below it inline.
      HEADER_EN.replace(
        'Hal Benson &lt;hal@benson-builders.example&gt;',
        'Dana Rep &lt;dana@seller.example&gt;',
      ),
      p('Hi Hal, answers below.'),
      HEADER_EN.replace('Renewal pricing', 'Earlier'),
      p('First question.'),
      p(span('red', 'An older answer about shipping.')),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, original));
    expect(mail.body).toContain('I can take 15% off.');
    expect(mail.body).not.toContain('older answer');
  });

  it('puts findings on the comment, with offsets into the body', async () => {
    const own = [p(span(BLUE, 'Hi Hal, see my answers inline below.')), p(span(BLUE, 'Dana'))].join('\n');
    const raw = rawMessage({ contentType: 'text/html', body: outlook(own, HEADER_EN, ORIGINAL_EN) });
    const { mail, decision } = await scanMessage(raw, { policy: defaultPolicy() });
    const body = mail?.body ?? '';
    const findings = decision.findings.filter((f) => f.field === 'body');
    expect(findings.map((f) => f.category)).toContain('unilateral_discount');
    for (const f of findings) {
      expect(body.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.excerpt).toBe(CONCESSION);
      expect(f.start).toBe(body.indexOf(CONCESSION));
    }
  });
});

describe('extractMail: Outlook inline comments in bold or italic only', () => {
  const hi = p('Hi Hal, my answers are inline below.');

  it('keeps whole bold or italic comments in an original that does not use them so', async () => {
    const original = [
      p('Dana, the other vendor quoted us 12% under your price, and we need an answer <b>by Friday</b>.'),
      p(`<b>${CONCESSION}</b>`),
      p('Also, can the onboarding start before June?'),
      p('<i>Yes, our team can start on May 25.</i>'),
      p('And is training included?'),
      p('<span style="font-weight:bold">Two sessions are free of charge.</span>'),
      p('Thanks,'),
      p('<b>Hal Benson</b>'),
      p('<i>Head of Purchasing</i>'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe(
      `Hi Hal, my answers are inline below.\n\n${CONCESSION}\n\nYes, our team can start on May 25.\n\nTwo sessions are free of charge.`,
    );
  });

  it('keeps a bold answer to the last question, not a bold tagline below the sign-off', async () => {
    const original = [
      p('Could you include the premium support tier?'),
      p('<b>Yes, at no extra cost for the first year.</b>'),
      p('Best regards,'),
      p('Hal Benson'),
      p('<i>Building better homes across the Midwest since 1952.</i>'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe(
      'Hi Hal, my answers are inline below.\n\nYes, at no extra cost for the first year.',
    );
    // Nor an italic mobile signature.
    const phone = original.replace(/<p[^>]*>Best regards,[\s\S]*/, p('<i>Sent from my iPhone</i>'));
    expect((await mailOf(outlook(hi, HEADER_EN, phone))).body).toBe(mail.body);
  });

  it("does not take the original's bold headings, bold labels or bold words for comments", async () => {
    const original = [
      p('Hi Dana,'),
      p('<b>Pricing</b>'),
      p('The other vendor quoted us 12% under your renewal price.'),
      p('<b>Timeline</b>'),
      p('We need the rollout to start <b>before June</b>, for all three offices.'),
      p('<b>Note:</b> the board meets on the 20th.'),
      p('<b>We cannot sign without a revised quote.</b>'),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal, my answers are inline below.');
  });

  it("does not take the original's bold signature without a sign-off, or bold table cells", async () => {
    const original = [
      p('Can you send the revised order form today?'),
      p('<b>Yes, within the hour.</b>'),
      p('Here is what we have so far.'),
      '<table><tr><th>Item</th><th>Price</th></tr><tr><td><b>Total</b></td><td><b>$12,000 per year, billed monthly.</b></td></tr></table>',
      p('<b>Hal Benson</b>'),
      p('<b>Head of Purchasing</b>'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal, my answers are inline below.\n\nYes, within the hour.');
  });

  it('does not take an original that opens in bold for comments', async () => {
    const original = [
      p('<b>Important: please read before our call.</b>'),
      p('We need the rollout to start before June.'),
      p('<b>The budget is fixed at $40,000 for this year.</b>'),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal, my answers are inline below.');
  });

  it('keeps italic comments when the original uses bold for its headings', async () => {
    const original = [
      p('<b>Pricing</b>'),
      p('The other vendor quoted us 12% under your renewal price. Can you match it?'),
      p(`<i>${CONCESSION}</i>`),
      p('<b>Timeline</b>'),
      p('Can the rollout start before June?'),
      p('<em>Yes, on May 25.</em>'),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(hi, HEADER_EN, original));
    expect(mail.body).toBe(`Hi Hal, my answers are inline below.\n\n${CONCESSION}\n\nYes, on May 25.`);
  });
});

describe('extractMail: a short title-case inline answer is not a name', () => {
  it.each(['Sounds Good', 'Works For Me'])('keeps %j written after the last question', async (reply) => {
    const original = [
      p('Can we move the kickoff to Monday the 18th?'),
      p(span('red', reply)),
      p('Thanks,'),
      p('Hal'),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, inline.'), HEADER_EN, original));
    expect(mail.body).toBe(`Hi Hal, inline.\n\n${reply}`);
  });

  it('still drops a coloured name line after the last question', async () => {
    const original = [
      p('Can we move the kickoff to Monday the 18th?'),
      p(span('#2F5496', 'Hal Benson')),
    ].join('\n');
    const mail = await mailOf(outlook(p('Hi Hal, inline.'), HEADER_EN, original));
    expect(mail.body).toBe('Hi Hal, inline.');
  });
});

describe('extractMail: inline comments in a deeper quoted message', () => {
  const headerFrom = (who: string) =>
    HEADER_EN.replace('Hal Benson &lt;hal@benson-builders.example&gt;', who).replace(
      'Renewal pricing',
      'Earlier',
    );
  const SUE = 'Sue Park &lt;sue@benson-builders.example&gt;';
  // Hal forwards his colleague's questions; the rep answers inside Sue's message.
  const thread = (deeper: string[], first: string[] = [p("Dana, see Sue's questions below.")]) =>
    [...first, p('Hal'), headerFrom(SUE), ...deeper, p('Sue')].join('\n');

  it("keeps comments in the rep's own colour (used above the header) inside the second quoted message", async () => {
    const own = p(span(BLUE, 'Hi Hal, answers to Sue inline.'));
    const deeper = [p('Can you include training?'), p(span(BLUE, 'Yes, two sessions are free.'))];
    const mail = await mailOf(outlook(own, HEADER_EN, thread(deeper)));
    expect(mail.body).toBe('Hi Hal, answers to Sue inline.\n\nYes, two sessions are free.');
  });

  it('keeps comments in the colour the rep used in the first quoted message, and initials', async () => {
    const first = [p('Can you do better on price?'), p(span('red', 'I can take 15% off.'))];
    const deeper = [
      p('Can you include training?'),
      p(span('red', 'Yes, two sessions are free.')),
      p('And the invoice date?'),
      p('[DR] End of the quarter.'),
    ];
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, thread(deeper, first)));
    expect(mail.body).toBe(
      'Hi Hal.\n\nI can take 15% off.\n\nYes, two sessions are free.\n\n[DR] End of the quarter.',
    );
  });

  it("does not take another colour in the deeper message (someone else's inline answers)", async () => {
    const first = [p('Can you do better on price?'), p(span('red', 'I can take 15% off.'))];
    const deeper = [
      p('Do we have budget for training?'),
      p(span('#00B050', 'Only if the price comes down 10%.')),
    ];
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, thread(deeper, first)));
    expect(mail.body).toBe('Hi Hal.\n\nI can take 15% off.');
  });

  it("does not read the rep's own earlier message, nor one whose sender is not named", async () => {
    const deeper = [p('Can you include training?'), p('[DR] Yes, two sessions are free.')];
    const mine = thread(deeper).replace(SUE, 'Dana Rep');
    expect((await mailOf(outlook(p('Hi Hal.'), HEADER_EN, mine))).body).toBe('Hi Hal.');
    const unnamed = thread(deeper).replace(SUE, '');
    expect((await mailOf(outlook(p('Hi Hal.'), HEADER_EN, unnamed))).body).toBe('Hi Hal.');
  });

  it('keeps initials comments in the second quoted message whatever the colours', async () => {
    const deeper = [p('Can you include training?'), p('[DR] Yes, two sessions are free.')];
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, thread(deeper)));
    expect(mail.body).toBe('Hi Hal.\n\n[DR] Yes, two sessions are free.');
  });

  it('keeps bold comments in the second quoted message when the rep commented in bold in the first', async () => {
    const first = [p('Can you do better on price?'), p('<b>I can take 15% off.</b>')];
    const deeper = [
      p('Can you include training?'),
      p('<b>Yes, two sessions are free.</b>'),
      p('<i>Noted.</i>'),
    ];
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, thread(deeper, first)));
    expect(mail.body).toBe('Hi Hal.\n\nI can take 15% off.\n\nYes, two sessions are free.');
  });

  it('does not read deeper messages without any colour evidence from the rep', async () => {
    const deeper = [p('Can you include training?'), p(span('red', 'Yes, two sessions are free.'))];
    const mail = await mailOf(outlook(p('Hi Hal.'), HEADER_EN, thread(deeper)));
    expect(mail.body).toBe('Hi Hal.');
  });
});

describe('extractMail: Outlook inline replies sent as text and HTML', () => {
  const own = p(span(BLUE, 'Hi Hal, see my answers inline below.'));
  // Outlook's text/plain alternative of the same message: the colour is gone.
  const text = [
    'Hi Hal, see my answers inline below.',
    '',
    'From: Hal Benson <hal@benson-builders.example>',
    'Sent: Tuesday, May 12, 2026 4:05 PM',
    'To: Dana Rep <dana@seller.example>',
    'Subject: Renewal pricing',
    '',
    'Dana, the other vendor quoted us 12% under your renewal price.',
    '',
    CONCESSION,
    '',
    '[DR] Our team can start on May 25.',
    '',
    'Thanks,',
    'Hal',
  ].join('\n');

  it('reads the coloured comments from the HTML alternative, once', async () => {
    const html = outlook(
      own,
      HEADER_EN,
      [
        p('Dana, the other vendor quoted us 12% under your renewal price.'),
        p(span(BLUE, CONCESSION)),
        p(span(BLUE, '[DR] Our team can start on May 25.')),
        p('Thanks,'),
        p('Hal'),
      ].join('\n'),
    );
    const mail = await extractMail(
      rawMultipart('alternative', [
        { body: text },
        { contentType: 'text/html', cte: 'quoted-printable', body: html },
      ]),
    );
    expect(mail.htmlOnly).toBe(false);
    expect(mail.body).toBe(
      `Hi Hal, see my answers inline below.\n\n[DR] Our team can start on May 25.\n\n${CONCESSION}`,
    );
  });
});

describe('ownText: Outlook inline replies (plain text)', () => {
  const plain = [
    'Hi Hal, answers inline.',
    '',
    'From: Hal Benson <hal@benson-builders.example>',
    'Sent: Tuesday, May 12, 2026 4:05 PM',
    'To: Dana Rep <dana@seller.example>',
    'Subject: Renewal pricing',
    '',
    'Can you match the other quote?',
    '',
    '[DR] I can take another 15% off',
    'if you sign this week.',
    '',
    'And the start date?',
    'DR: May 25.',
    '',
    'Hal',
  ].join('\n');

  it('keeps comments with the rep initials below the header', () => {
    expect(ownText(plain, { initials: ['DR'] })).toBe(
      'Hi Hal, answers inline.\n\n[DR] I can take another 15% off\nif you sign this week.\n\nDR: May 25.',
    );
  });

  it('takes a bare "XX:" only for the rep initials, and nothing without initials', () => {
    expect(ownText(plain, { initials: ['JS'] })).toBe(
      'Hi Hal, answers inline.\n\n[DR] I can take another 15% off\nif you sign this week.',
    );
    expect(ownText(plain)).toBe('Hi Hal, answers inline.');
  });

  it("keeps initials comments in a deeper message while no message above it is the rep's", () => {
    const older = (from: string) =>
      [
        '',
        '-----Original Message-----',
        `From: ${from}`,
        'Sent: Monday, May 11, 2026 9:00 AM',
        'To: Hal Benson <hal@benson-builders.example>',
        'Subject: Training',
        '',
        'Can you include training?',
        '',
        '[DR] Yes, two sessions are free.',
      ].join('\n');
    const sue = ownText(`${plain}${older('Sue Park <sue@benson-builders.example>')}`, {
      initials: ['DR'],
      sender: { name: 'Dana Rep', address: 'dana@seller.example' },
    });
    expect(sue).toContain('[DR] Yes, two sessions are free.');
    expect(sue).not.toContain('include training');
    // Below the rep's own earlier message, or with no sender to compare, the older comments were scanned already.
    const own = `${plain}${older('Dana Rep <dana@seller.example>')}${older('Sue Park <sue@benson-builders.example>')}`;
    expect(
      ownText(own, { initials: ['DR'], sender: { name: 'Dana Rep', address: 'dana@seller.example' } }),
    ).not.toContain('two sessions');
    expect(
      ownText(`${plain}${older('Sue Park <sue@benson-builders.example>')}`, { initials: ['DR'] }),
    ).not.toContain('two sessions');
  });

  it('reads the initials from the sender name', async () => {
    const mail = await extractMail(rawMessage({ from: 'Dana Rep <dana@seller.example>', body: plain }));
    expect(mail.body).toContain('DR: May 25.');
    expect(mail.body).not.toContain('match the other quote');
  });
});
