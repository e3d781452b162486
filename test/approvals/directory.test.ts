import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../lambdas/approvals/csv';
import { Directory, directoryFormatFor, parseDirectoryFile } from '../../lambdas/approvals/directory';
import { DirectoryError, Forbidden, httpStatusFor } from '../../lambdas/approvals/errors';

const CSV = [
  'email,role,manager,team,fallback',
  'ana@acme.example,rep,maria@acme.example,emea,lead-emea@acme.example',
  'bob@acme.example,rep,,emea,',
  'cy@acme.example,rep,,,',
  'dee@acme.example,rep,omar@acme.example,amer,',
  'maria@acme.example,manager,,emea,',
  'omar@acme.example,manager,,amer,',
  'lead-emea@acme.example,manager,,emea,',
  'root@acme.example,admin,,,',
].join('\r\n');

const GLOBAL = 'fallback@acme.example';
const dir = Directory.fromFile(CSV, 'csv', GLOBAL);

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, embedded newlines, BOM and comments', () => {
    const rows = parseCsv('\ufeffa,b\n# comment\n"x, y","say ""hi"""\n\n"multi\nline",z\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['x, y', 'say "hi"'] },
      { line: 5, fields: ['multi\nline', 'z'] },
    ]);
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(new CsvError(2, 'unterminated quoted field'));
  });

  it('round-trips any table of fields written with quoting (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const text = table.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join('\r\n');
          expect(parseCsv(text).map((r) => r.fields)).toEqual(table);
        },
      ),
    );
  });
});

describe('parseDirectoryFile', () => {
  it('parses CSV with normalized emails and default role', () => {
    const { entries } = parseDirectoryFile('Email,Manager\n Ana@ACME.example ,\n', 'csv');
    expect(entries).toEqual([{ email: 'ana@acme.example', role: 'rep' }]);
  });

  it('parses the JSON object form with a global fallback', () => {
    const file = parseDirectoryFile(
      JSON.stringify({
        fallback: 'Fb@acme.example',
        entries: [
          { email: 'ana@acme.example', manager: 'maria@acme.example' },
          { email: 'maria@acme.example', role: 'manager' },
        ],
      }),
      'json',
    );
    expect(file.fallback).toBe('fb@acme.example');
    expect(file.entries[0]).toMatchObject({ email: 'ana@acme.example', manager: 'maria@acme.example' });
  });

  it.each([
    [
      'a bad email, naming line and field',
      'email,role\nana@acme.example,rep\nnot-an-email,rep\n',
      /line 3: email: not an email/,
    ],
    ['a bad role', 'email,role\nana@acme.example,boss\n', /line 2: role: must be rep, manager or admin/],
    ['an unknown column', 'email,dept\n', /line 1: unknown column "dept"/],
    ['a missing email column', 'role\nrep\n', /no "email" column/],
    ['a short row', 'email,role,team\nana@acme.example,rep\n', /line 2: 2 fields, the header has 3/],
    [
      'a duplicate person',
      'email\nana@acme.example\nANA@acme.example\n',
      /line 3: email: .* already in directory line 2/,
    ],
    [
      'a manager not in the file',
      'email,manager\nana@acme.example,ghost@acme.example\n',
      /line 2: manager: ghost@acme.example is not in the directory/,
    ],
    [
      'a rep as manager',
      'email,manager\nana@acme.example,bob@acme.example\nbob@acme.example,\n',
      /line 2: manager: bob@acme.example is a rep/,
    ],
    [
      'conflicting team fallbacks',
      'email,role,team,fallback\na@x.example,manager,t,a@x.example\nb@x.example,manager,t,b@x.example\n',
      /line 3: fallback: team t already has fallback a@x.example \(directory line 2\)/,
    ],
    [
      'a fallback without a team',
      'email,role,fallback\na@x.example,manager,a@x.example\n',
      /line 2: fallback: set a team/,
    ],
    ['an unterminated quote', 'email\n"ana@acme.example\n', /line 2: unterminated/],
    ['an empty file', '', /empty file/],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseDirectoryFile(text, 'csv')).toThrow(message);
    expect(() => parseDirectoryFile(text, 'csv')).toThrow(DirectoryError);
  });

  it('names the JSON entry index and field', () => {
    expect(() =>
      parseDirectoryFile('[{"email":"a@x.example"},{"email":"a@x.example","role":7}]', 'json'),
    ).toThrow(/entries\[1\]: role/);
    expect(() => parseDirectoryFile('[{"email":"a@x.example","colour":"red"}]', 'json')).toThrow(
      /entries\[0\]/,
    );
    expect(() => parseDirectoryFile('{nope', 'json')).toThrow(/not valid JSON/);
  });

  it('picks the format from the file name', () => {
    expect(directoryFormatFor('team.CSV')).toBe('csv');
    expect(directoryFormatFor('a/b.json')).toBe('json');
    expect(() => directoryFormatFor('x.txt')).toThrow(DirectoryError);
  });
});

describe('Directory.resolve', () => {
  it.each([
    [
      'a rep with a manager → the manager, escalating to the team fallback',
      'ana@acme.example',
      'maria@acme.example',
      'manager',
      'lead-emea@acme.example',
    ],
    [
      'a rep with no manager → the team fallback',
      'bob@acme.example',
      'lead-emea@acme.example',
      'team-fallback',
      GLOBAL,
    ],
    [
      'a rep with no manager and no team → the global fallback',
      'cy@acme.example',
      GLOBAL,
      'global-fallback',
      'root@acme.example',
    ],
    [
      'a rep of a team without a fallback → manager, then global',
      'dee@acme.example',
      'omar@acme.example',
      'manager',
      GLOBAL,
    ],
    [
      'someone not in the directory → the global fallback',
      'stranger@other.example',
      GLOBAL,
      'global-fallback',
      'root@acme.example',
    ],
    [
      'the team fallback themself → not themself',
      'lead-emea@acme.example',
      GLOBAL,
      'global-fallback',
      'root@acme.example',
    ],
  ])('%s', (_label, rep, approver, via, escalation) => {
    const r = dir.resolve(rep);
    expect(r).toMatchObject({ approver, via, escalation });
    expect(r.source).toBe(via === 'manager' ? 'directory' : 'fallback');
  });

  it('never returns undefined or the rep themself for any sender (property)', () => {
    const known = dir.entries().map((e) => e.email);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...known, GLOBAL), fc.emailAddress()), (rep) => {
        const r = dir.resolve(rep);
        expect(r.approver).toMatch(/@/);
        expect(r.approver).not.toBe(rep.toLowerCase());
      }),
    );
  });

  it('routes the global fallback’s own mail to an admin', () => {
    expect(dir.resolve(GLOBAL)).toMatchObject({ approver: 'root@acme.example', via: 'admin' });
  });

  it('lists every person’s route for denormalized storage', () => {
    const routes = dir.routes();
    expect(routes).toHaveLength(dir.entries().length);
    expect(routes.find((r) => r.rep === 'bob@acme.example')).toMatchObject({
      approver: 'lead-emea@acme.example',
      source: 'fallback',
      team: 'emea',
      role: 'rep',
    });
  });

  it('is case-insensitive', () => {
    expect(dir.resolve('ANA@Acme.Example').approver).toBe('maria@acme.example');
  });
});

describe('Directory.can / authorize', () => {
  const hold = { rep: 'ana@acme.example' };

  it.each([
    ['the rep’s manager', { email: 'maria@acme.example' }, true],
    ['the team fallback', { email: 'LEAD-EMEA@acme.example' }, true],
    ['the global fallback', { email: GLOBAL }, true],
    ['an admin from the directory', { email: 'root@acme.example' }, true],
    ['an admin by identity-provider group', { email: 'it@acme.example', admin: true }, true],
    ['another team’s manager', { email: 'omar@acme.example' }, false],
    ['another rep', { email: 'bob@acme.example' }, false],
    ['the rep themself', { email: 'ana@acme.example' }, false],
    ['a stranger', { email: 'x@evil.example' }, false],
    ['an empty email', { email: '' }, false],
  ])('%s → %s', (_label, actor, allowed) => {
    expect(dir.can(actor, hold)).toBe(allowed);
  });

  it('throws Forbidden (HTTP 403) for another team’s manager', () => {
    const act = () => dir.authorize({ email: 'omar@acme.example' }, hold);
    expect(act).toThrow(Forbidden);
    try {
      act();
    } catch (err) {
      expect(httpStatusFor(err)).toBe(403);
    }
  });

  it('lets nobody approve their own mail, admins included', () => {
    expect(dir.can({ email: 'root@acme.example' }, { rep: 'root@acme.example' })).toBe(false);
  });

  it('filters the queue to the holds the actor may see', () => {
    const holds = [{ rep: 'ana@acme.example' }, { rep: 'dee@acme.example' }, { rep: 'bob@acme.example' }];
    expect(dir.visible({ email: 'omar@acme.example' }, holds)).toEqual([{ rep: 'dee@acme.example' }]);
    expect(dir.visible({ email: 'root@acme.example' }, holds)).toHaveLength(3);
  });
});

describe('new Directory', () => {
  it('validates stored entries the same way as files', () => {
    expect(
      () => new Directory([{ email: 'a@x.example', role: 'rep', manager: 'ghost@x.example' }], GLOBAL),
    ).toThrow(/manager: ghost@x.example is not in the directory/);
    expect(() => new Directory([], 'not an email')).toThrow(DirectoryError);
  });

  it('accepts stored items with extra attributes (table keys)', () => {
    const d = new Directory(
      [
        {
          pk: 'DIR#a@x.example',
          sk: 'ENTRY',
          email: 'a@x.example',
          role: 'rep',
          manager: 'm@x.example',
          team: undefined,
        },
        { pk: 'DIR#m@x.example', sk: 'ENTRY', email: 'm@x.example', role: 'manager' },
      ],
      GLOBAL,
    );
    expect(d.resolve('a@x.example').approver).toBe('m@x.example');
  });

  it('requires a global fallback from the deployment or the file', () => {
    expect(() => Directory.fromFile('email\na@x.example\n', 'csv')).toThrow(/no global fallback/);
    const d = Directory.fromFile('{"fallback":"fb@x.example","entries":[]}', 'json');
    expect(d.globalFallback).toBe('fb@x.example');
  });
});
