import { describe, expect, it } from 'vitest';
import { ownText } from '../../lambdas/domain/extract';

// Each case: the rep's text (must survive), then what a client appends (must go).
const REP = 'I can take 15% off the annual price if that helps.';
const QUOTED = 'Our budget is frozen until the next fiscal year.';

describe('ownText: quoted replies', () => {
  it.each([
    [
      'Gmail, English',
      `On Tue, May 5, 2026 at 10:12 AM Pat Buyer <pat@customer.example> wrote:\n\n> ${QUOTED}\n>\n> Pat`,
    ],
    [
      'Gmail, attribution wrapped over two lines',
      `On Tue, May 5, 2026 at 10:12 AM Pat Buyer <pat.buyer@customer-with-long-name.example>\nwrote:\n\n> ${QUOTED}`,
    ],
    ['Apple Mail', `On May 5, 2026, at 10:12 AM, Pat Buyer <pat@customer.example> wrote:\n\n> ${QUOTED}`],
    ['German', `Am 05.05.2026 um 10:12 schrieb Pat Buyer <pat@customer.example>:\n\n> ${QUOTED}`],
    [
      'Spanish',
      `El mar, 5 may 2026 a las 10:12, Pat Buyer (<pat@customer.example>) escribió:\n\n> ${QUOTED}`,
    ],
    ['French', `Le mar. 5 mai 2026 à 10:12, Pat Buyer <pat@customer.example> a écrit :\n\n> ${QUOTED}`],
    [
      'Italian',
      `Il giorno mar 5 mag 2026 alle ore 10:12 Pat Buyer <pat@customer.example> ha scritto:\n\n> ${QUOTED}`,
    ],
    ['Dutch', `Op di 5 mei 2026 om 10:12 schreef Pat Buyer <pat@customer.example>:\n\n> ${QUOTED}`],
    [
      'nested quotes',
      `On Tue, May 5, 2026 Pat <pat@customer.example> wrote:\n> ${QUOTED}\n>> On Mon, May 4, 2026 Dana wrote:\n>>> older`,
    ],
    ['bare address attribution', `pat@customer.example wrote:\n> ${QUOTED}`],
    [
      'Russian, date first',
      `02.04.2026 14:20 пользователь "pat@customer.example" <\npat@customer.example> написал:\n\n> ${QUOTED}`,
    ],
  ])('removes a %s quote and keeps the reply above it', (_name, quote) => {
    const body = ownText(`Hi Pat,\n\n${REP}\n\n${quote}\n`);
    expect(body).toContain(REP);
    expect(body).not.toContain(QUOTED);
    expect(body).not.toMatch(/wrote|schrieb|escribió|a écrit|ha scritto|schreef/);
  });

  it.each([
    [
      'English',
      'From: Pat Buyer <pat@customer.example>\nSent: Tuesday, May 5, 2026 10:12 AM\nTo: Dana Rep <dana@seller.example>\nSubject: Pricing',
    ],
    [
      'with Cc and bold markers',
      '*From:* Pat Buyer <pat@customer.example>\n*Sent:* Tuesday, May 5, 2026 10:12 AM\n*To:* Dana Rep\n*Cc:* Finance\n*Subject:* Pricing',
    ],
    [
      'with a rule line above',
      '________________________________\nFrom: Pat Buyer <pat@customer.example>\nSent: Tuesday, May 5, 2026 10:12 AM\nTo: Dana Rep\nSubject: Pricing',
    ],
    [
      'with Date: instead of Sent:',
      'From: Pat Buyer <pat@customer.example>\nDate: Tuesday, May 5, 2026 at 10:12\nTo: Dana Rep\nSubject: Pricing',
    ],
    [
      'on one line',
      'From: Pat Buyer <pat@customer.example> Sent: Tuesday, May 5, 2026 10:12 AM To: Dana Rep Subject: Pricing',
    ],
    [
      'German',
      'Von: Pat Buyer <pat@customer.example>\nGesendet: Dienstag, 5. Mai 2026 10:12\nAn: Dana Rep\nBetreff: Preise',
    ],
    [
      'Spanish',
      'De: Pat Buyer <pat@customer.example>\nEnviado el: martes, 5 de mayo de 2026 10:12\nPara: Dana Rep\nAsunto: Precios',
    ],
    [
      'French',
      'De : Pat Buyer <pat@customer.example>\nEnvoyé : mardi 5 mai 2026 10:12\nÀ : Dana Rep\nObjet : Tarifs',
    ],
    [
      '-----Original Message-----',
      '-----Original Message-----\nFrom: Pat Buyer\nSent: Tuesday\nSubject: Pricing',
    ],
    ['-----Ursprüngliche Nachricht-----', '-----Ursprüngliche Nachricht-----\nVon: Pat Buyer'],
    ['-----Mensaje original-----', '-----Mensaje original-----\nDe: Pat Buyer'],
    ["-----Message d'origine-----", "-----Message d'origine-----\nDe : Pat Buyer"],
  ])('removes an Outlook-style %s header block and everything after it', (_name, header) => {
    const body = ownText(`Hi Pat,\n\n${REP}\n\nDana\n\n${header}\n\n${QUOTED}\n\nPat\n`);
    expect(body).toContain(REP);
    expect(body).not.toContain(QUOTED);
    expect(body).not.toMatch(/Pat Buyer|Original|Ursprüngliche|original|origine/);
  });

  it('keeps inline answers written between quoted lines', () => {
    const body = ownText(
      [
        'Hi Pat, answers below.',
        '',
        'On Tue, May 5, 2026 at 10:12 AM Pat Buyer <pat@customer.example> wrote:',
        '> Can you support SSO?',
        'Yes, SAML and OIDC.',
        '',
        '> Is there any flexibility on price?',
        '',
        'I can do 20% off, no strings attached.',
        '',
        '> Thanks, Pat',
      ].join('\n'),
    );
    expect(body).toContain('Yes, SAML and OIDC.');
    expect(body).toContain('I can do 20% off, no strings attached.');
    expect(body).not.toContain('Can you support SSO?');
    expect(body).not.toContain('flexibility on price');
  });

  it('drops the signature of the last answer even when the rest of the quote follows it', () => {
    const lines = ['Hi Pat,', '', 'Yes, we can start on the 4th.', '', 'Thanks,', 'Dana', '', 'Dana Rep'];
    const tail = [
      'Account Executive | Seller Inc',
      '> On Tue, May 5, 2026, Pat Buyer wrote:',
      '> Can you start?',
    ];
    expect(ownText([...lines, ...tail].join('\n'))).toBe('Hi Pat,\n\nYes, we can start on the 4th.');
    // Between quotes the tail is not read: the rep's text goes on below.
    const between = ['> Can you start?', 'Fine.', '', 'Dana', '> And the price?', 'It stays as quoted.'];
    expect(ownText(between.join('\n'))).toBe('Fine.\n\nDana\n\nIt stays as quoted.');
    // A lone short answer right above the rest of the quote is kept.
    expect(ownText('> Can you start on the 4th?\nFine.\n> See you then.')).toBe('Fine.');
  });

  it('keeps a short reply written right above a wrapped attribution', () => {
    const body = ownText(
      `Hello\n02.04.2026 14:20 пользователь "pat@customer.example" <\npat@customer.example> написал:\n\n> ${QUOTED}`,
    );
    expect(body).toBe('Hello');
  });

  it('keeps text after a quote that has no attribution line', () => {
    const body = ownText(`> ${QUOTED}\n\n${REP}`);
    expect(body).toBe(REP);
  });

  it('treats an attribution followed by unprefixed text as the start of the earlier message', () => {
    const body = ownText(
      `${REP}\n\nOn Tue, May 5, 2026 at 10:12 AM Pat <pat@customer.example> wrote:\n${QUOTED}`,
    );
    expect(body).toBe(REP);
  });

  it.each([
    ['On Tuesday you wrote:', 'On Tuesday you wrote: that the budget is tight. I can do 10% off.'],
    [
      'From: and Sent: in prose',
      'From: our side, the contract is ready.\nThe quote I sent: valid until Friday.',
    ],
    ['a lone From: line', 'From: Dana\nI can include onboarding for free.'],
    [
      'an itinerary',
      'Site visit plan:\nFrom: Boston\nTo: Chicago\nDate: May 5\nI can cover the flights for your team.',
    ],
  ])('keeps rep text that only looks like a quote header (%s)', (_name, text) => {
    expect(ownText(text)).toBe(text);
  });
});

describe('ownText: forwarded messages', () => {
  it.each([
    [
      'Gmail',
      '---------- Forwarded message ---------\nFrom: Finance <ar@seller.example>\nDate: Mon, May 4, 2026\nSubject: Terms',
    ],
    ['Thunderbird', '-------- Forwarded Message --------\nSubject: Terms\nDate: Mon, 4 May 2026'],
    ['Apple Mail', 'Begin forwarded message:\n\nFrom: Finance <ar@seller.example>\nSubject: Terms'],
    ['German', '---------- Weitergeleitete Nachricht ---------\nVon: Finanzen'],
    ['German Apple', 'Anfang der weitergeleiteten Nachricht:\n\nVon: Finanzen'],
    ['Spanish', '---------- Mensaje reenviado ---------\nDe: Finanzas'],
    ['French', '---------- Message transféré ---------\nDe : Finances'],
    ['French Apple', 'Début du message réexpédié :\n\nDe : Finances'],
  ])('removes a %s forward and keeps the note above it', (_name, marker) => {
    const forwarded = 'I can do 25% off if you sign before June 30.';
    const body = ownText(
      `Hi Nadia,\n\nForwarding the terms below for context.\n\n${marker}\n\n${forwarded}\n`,
    );
    expect(body).toContain('Forwarding the terms below for context.');
    expect(body).not.toContain(forwarded);
  });

  it('keeps a sentence that merely mentions forwarding', () => {
    const text = 'I forwarded your message to finance, and I can waive the setup fee.';
    expect(ownText(text)).toBe(text);
  });

  it.each([
    ['Apple Mail', 'Begin forwarded message:'],
    ['Gmail', '---------- Forwarded message ---------'],
    ['German', 'Anfang der weitergeleiteten Nachricht:'],
  ])('keeps what the rep wrote below a %s forward quoted with ">"', (_name, marker) => {
    const forwarded = 'Shipping on the pallet racks comes to 340 euros per delivery.';
    const below = 'Given the delay on our side, we will pick up that shipping cost for the first order.';
    const body = ownText(
      [
        'Hi Tomasz,',
        '',
        'Our logistics note is below.',
        '',
        marker,
        '',
        '> From: Logistics <ops@seller.example>',
        '> Subject: Pallet racks',
        '>',
        `> ${forwarded}`,
        '',
        below,
        '',
        'Regards,',
        'Ines',
      ].join('\n'),
    );
    expect(body).toBe(`Hi Tomasz,\n\nOur logistics note is below.\n\n${below}`);
  });

  it('still drops everything after a forward whose content is not quoted (no end to tell)', () => {
    const body = ownText(
      'Quick note above.\n\n---------- Forwarded message ---------\nFrom: Ops <ops@seller.example>\nSubject: Racks\n\nRack delivery is booked for Tuesday.\n\nA line that might be ours.',
    );
    expect(body).toBe('Quick note above.');
  });
});

describe('ownText: signatures', () => {
  it('cuts everything below a "-- " delimiter, promo banners included', () => {
    const body = ownText(
      `${REP}\n\n-- \nDana Rep\nAccount Executive | Seller Inc\n\nSPRING SALE: 20% off all plans - ask me about it!`,
    );
    expect(body).toBe(REP);
  });

  it.each([
    [
      'a lower-case company form and a sentence-case title',
      'Seller Coaches s.r.o.\nCharter department\n+420 222 555 014',
    ],
    ['a lower-case company form under the name', 'Dana Rep\nSeller inc.\nQuébec (Québec)\n418 555-0164'],
    [
      'a company name joined by a lower-case "do"',
      'Rui Rep\nExport Manager\nCortiças do Vouga, Lda.\nTel. +351 256 555 048',
    ],
    [
      'a French title with three lower-case words',
      "Dana Rep\nChargée d'affaires marchés publics\nSeller Menuiseries\n02 41 55 50 93",
    ],
  ])('drops a signature block without a delimiter: %s', (_name, block) => {
    expect(ownText(`Hi Pat,\n\n${REP}\n\nBest regards,\nDana\n\n${block}`)).toBe(`Hi Pat,\n\n${REP}`);
  });

  it('keeps a P.S. paragraph below a signature delimiter', () => {
    const body = ownText(`${REP}\n\n--\nDana Rep\n\nP.S. My quarter closes Friday.`);
    expect(body).toContain('P.S. My quarter closes Friday.');
    expect(body).not.toContain('Dana Rep');
  });

  it.each([
    ['Best,', 'Best,\nDana'],
    [
      'Best regards with title and phone',
      'Best regards,\nDana Rep\nSenior Account Executive | Seller Inc\n+1 (312) 555-0199',
    ],
    ['Thanks & Regards', 'Thanks & Regards,\nDana Rep\nBusiness Development Manager\nMob: +91 98450 00000'],
    ['Kind regards with a blank line', 'Kind regards,\n\nDana Rep\nSeller Ltd.'],
    ['name block without a sign-off', 'Dana\n\nDana Rep\nAccount Executive, Mid-Market | Seller Security'],
    [
      'Mit freundlichen Grüßen',
      'Mit freundlichen Grüßen\nDana Rep\nKey Account Manager\nSeller GmbH\nTel. +49 711 000000-42',
    ],
    ['Viele Grüße', 'Viele Grüße\n\nDana Rep\nAccount Manager | Seller Cloud GmbH'],
    ['Saludos', 'Un saludo,\nDana\n\nDana Rep\nEjecutiva de Cuentas | Seller Soluciones'],
    [
      'Cordialement',
      'Bien cordialement,\n\nDana Rep\nResponsable commerciale – Seller Conseil\n04 78 00 00 00',
    ],
    [
      'booking link under the title',
      'Thanks,\nDana\n\nDana Rep\nAccount Executive, Seller Inc\nBook a call: seller.example/dana',
    ],
    ['Sent from my iPhone', 'Sent from my iPhone'],
    ['Von meinem iPhone gesendet', 'Von meinem iPhone gesendet'],
  ])('removes a trailing %s block', (_name, signature) => {
    const body = ownText(`Hi Pat,\n\n${REP}\n\n${signature}\n`);
    expect(body).toBe(`Hi Pat,\n\n${REP}`);
  });

  it('keeps a P.S. written after the sign-off and name', () => {
    const body = ownText(
      `Hi Pat,\n\n${REP}\n\nThanks,\nDana\n\nP.S. This is my last shot at quota this year.\n\nDana Rep\nAccount Executive | Seller Inc\nC: 617-555-0159`,
    );
    expect(body).toContain('P.S. This is my last shot at quota this year.');
    expect(body).not.toContain('617-555-0159');
  });

  it('keeps a last line that points at a page in a sentence', () => {
    const text =
      'Hi Pat,\n\nThanks for the call.\n\nThe revised pricing for the two sites is here: seller.example/q/481';
    expect(ownText(text)).toBe(text);
  });

  it('keeps a short last sentence that is not a signature', () => {
    const body = ownText(`Hi Pat,\n\n${REP}\n\nNeed this signed today for my quota.\n\nDana`);
    expect(body).toContain('Need this signed today for my quota.');
  });

  it('keeps a closing offer written in title case with a price in it', () => {
    const body = ownText(`Hi Pat,\n\nThanks for the call.\n\nSpecial Price: $49 Per Seat\n\nDana`);
    expect(body).toContain('Special Price: $49 Per Seat');
  });

  it('keeps sentences that start with a sign-off word', () => {
    const text = 'Thanks for the call. Merci pour votre retour.\n\nBest price I can do is 10% off.';
    expect(ownText(text)).toBe(text);
  });
});

describe('ownText: "--" followed by a bare name', () => {
  const MORE = 'One more thing: I can waive the setup fee if you sign this week.';
  const ALSO = 'Also, the onboarding team can start on May 25 if that suits you.';

  it('keeps paragraphs of prose below "--" and a bare name, without the name', () => {
    const body = ownText(`Hi Ana,\n\nOrder form attached.\n\n-- \nDana\n\n${MORE}\n\n${ALSO}\n`);
    expect(body).toBe(`Hi Ana,\n\nOrder form attached.\n\n${MORE}\n\n${ALSO}`);
  });

  it('still drops a signature at the end of that prose', () => {
    const body = ownText(
      `Hi Ana,\n\nOrder form attached.\n\n--\nDana\n\n${MORE}\n\n${ALSO}\n\nDana Rep\nAccount Executive | Seller Inc`,
    );
    expect(body).toBe(`Hi Ana,\n\nOrder form attached.\n\n${MORE}\n\n${ALSO}`);
  });

  it('drops the name the same way when the rep signs off again below', () => {
    const body = ownText(
      `Hi Ana,\n\nOrder form attached.\n\n-- \nDana\n\n${MORE}\n\n${ALSO}\n\nThanks,\nDana`,
    );
    expect(body).toBe(`Hi Ana,\n\nOrder form attached.\n\n${MORE}\n\n${ALSO}`);
  });

  it.each([
    ['a bare name', '-- \nDana'],
    ['a name and a title', '-- \nDana Rep\nAccount Executive'],
    ['a name and a title, then a tagline', `-- \nDana Rep\nAccount Executive\n\n${MORE}\n\n${ALSO}`],
    [
      'a bare name and a one-paragraph tagline',
      '-- \nDana\n\nWe help 500 teams ship their software faster every single day.',
    ],
  ])('still cuts a signature: %s', (_name, signature) => {
    expect(ownText(`Hi Ana,\n\nOrder form attached.\n\n${signature}\n`)).toBe(
      'Hi Ana,\n\nOrder form attached.',
    );
  });
});

describe('ownText: a short title-case reply is not a name', () => {
  it.each(['Sounds Good', 'Works For Me', 'Looks Good To Me', 'Will Do', 'Makes Sense', 'Yes, Monday Works'])(
    'keeps %j above the sign-off',
    (reply) => {
      const body = ownText(`Hi Pat,\n\nThanks for sending the revised schedule.\n\n${reply}\n\nDana`);
      expect(body).toBe(`Hi Pat,\n\nThanks for sending the revised schedule.\n\n${reply}`);
    },
  );

  it.each(['Dana Rep', 'Will Turner', 'Ana de la Cruz', 'Hope Sandoval'])(
    'still drops the name line %j',
    (name) => {
      const body = ownText(`Hi Pat,\n\nThanks for sending the revised schedule.\n\n${name}`);
      expect(body).toBe('Hi Pat,\n\nThanks for sending the revised schedule.');
    },
  );
});

describe('ownText: footers', () => {
  it.each([
    [
      'confidentiality notice',
      'CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential information.',
    ],
    [
      'intended-recipient disclaimer',
      'This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender.',
    ],
    ['unsubscribe line', 'Not interested? Unsubscribe here or reply STOP.'],
    ['opt-out line', 'Don\'t want to hear from me? Reply "stop" and I won\'t follow up.'],
    [
      'German notice',
      'Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.',
    ],
    ['Spanish notice', 'Este mensaje es confidencial y está dirigido únicamente a su destinatario previsto.'],
    [
      'French notice',
      'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire indiqué.',
    ],
    [
      'German company register',
      'Seller GmbH · Sitz der Gesellschaft: Stuttgart · Amtsgericht Stuttgart HRB 123456',
    ],
    ['Scottish company register', 'Seller Ltd is an approved contractor. Registered in Scotland SC123456.'],
    [
      "forwarder's trading terms",
      'Seller Shipping S.A. All business is transacted under the standard trading conditions of the national association.',
    ],
  ])('removes a trailing %s', (_name, footer) => {
    const body = ownText(`Hi Pat,\n\n${REP}\n\nDana\n\n${footer}\n`);
    expect(body).toBe(`Hi Pat,\n\n${REP}`);
  });

  it('removes a pricing disclaimer below a signature block', () => {
    const body = ownText(
      `${REP}\n\nBrandon Lee\nAccount Executive | Zephyr Telecom\n\nPromotional discounts are subject to the terms of your agreement and may not be combined.`,
    );
    expect(body).toBe(REP);
  });

  it('keeps a closing sentence with disclaimer words when no signature comes before it', () => {
    const text = `Hi Pat,\n\nThe 20% discount is subject to the terms of your current agreement.`;
    expect(ownText(text)).toBe(text);
  });

  it('keeps rep text that mentions confidentiality', () => {
    const text = 'Please keep this confidential: I can go down to $40k if you sign this week.';
    expect(ownText(`${text}\n\nDana`)).toBe(text);
  });
});

describe('ownText: output shape', () => {
  it('normalizes line endings and leaves one blank line where text was removed', () => {
    const body = ownText('First answer.\r\n> quoted\r\n> more\r\nSecond answer.\r\n');
    expect(body).toBe('First answer.\n\nSecond answer.');
  });

  it('returns an empty string when everything is quoted', () => {
    expect(ownText('> only\n> quoted\n')).toBe('');
  });
});

describe('ownText: crafted input', () => {
  // Each of these took minutes with an earlier, backtracking version of the patterns.
  it.each([
    ['lines full of "@" ending in a colon', `1 ${'x@'.repeat(120)}${'y'.repeat(200)}:\n`.repeat(1500)],
    ['lines that look like addresses before "wrote:"', `1${'@a'.repeat(240)} wrote:x:\n`.repeat(1500)],
    ['one 600 KB line', 'word '.repeat(120_000)],
    ['a 600 KB From: line', `From: ${'From: '.repeat(100_000)}`],
    ['200k quoted lines', '> q\n'.repeat(200_000)],
  ])('stays fast on %s', (_name, text) => {
    const started = performance.now();
    ownText(text);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
