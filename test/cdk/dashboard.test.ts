// The CloudWatch dashboard and ops alarms on the synthesized template: what each widget and alarm
// reads, thresholds and missing-data treatment, and that every Poise metric they name is defined in
// lambdas/shared/metrics.ts and really emitted, with the same dimensions, by the runtime code
// (filter, ingest, approvals and sweeper handlers run over the dynalite world, EMF captured).
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../lambdas/app/sweep';
import { Telemetry } from '../../lambdas/app/telemetry';
import { loadIngestConfig } from '../../lambdas/config';
import { makeApprovalsHandler } from '../../lambdas/handlers/approvals-handler';
import { awsIngestDeps, makeIngestHandler } from '../../lambdas/handlers/ingest-handler';
import { makeLogger, makeMetrics } from '../../lambdas/handlers/powertools';
import { makeSweeperHandler } from '../../lambdas/handlers/sweeper-handler';
import { DIMENSION, METRIC, METRICS_NAMESPACE } from '../../lambdas/shared/metrics';
import { SES_EVENT_DIMENSION } from '../../lib/constructs/dashboard';
import { putHold } from '../approvals-aws/fixtures';
import { PUBLIC_URL, token, wire } from '../approvals-aws/world';
import { buildFilter, finding, REP, scanAs, storeRaw, submission } from '../lambdas/filter-kit';
import {
  awsError,
  captureOutput,
  createTable,
  type Dynalite,
  fakeContext,
  fixture,
  makeWorld,
  sqsEvent,
  startDynalite,
  type World,
} from '../lambdas/harness';
import { synth } from './synth';

let template: Template;

beforeAll(() => {
  ({ template } = synth());
}, 240_000);

// ---- reading the template ----

type Json = Record<string, unknown>;

/** `Ref`/`Fn::GetAtt` tokens as `@LogicalId` / `@LogicalId.Attr`, so the body parses as JSON. */
function tokenText(part: unknown): string {
  if (typeof part === 'string') return part;
  const p = part as { Ref?: string; 'Fn::GetAtt'?: [string, string] };
  if (p.Ref) return `@${p.Ref}`;
  if (p['Fn::GetAtt']) return `@${p['Fn::GetAtt'][0]}.${p['Fn::GetAtt'][1]}`;
  throw new Error(`unexpected token ${JSON.stringify(part)}`);
}

function dashboardBody(): { widgets: Array<{ type: string; properties: Json }> } {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
  expect(dashboards).toHaveLength(1);
  const body = dashboards[0]?.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  return JSON.parse(body['Fn::Join'][1].map(tokenText).join(''));
}

interface MetricRef {
  namespace?: string;
  name?: string;
  dims: Record<string, string>;
  stat?: string;
  label?: string;
  expression?: string;
}

/** A widget's metric rows: `[namespace, name, dim, value, ..., {options}]` or `[{expression}]`. */
function rows(title: string): MetricRef[] {
  const widget = dashboardBody().widgets.find((w) => w.properties.title === title);
  if (!widget) throw new Error(`no widget "${title}"`);
  return (widget.properties.metrics as unknown[][]).map((row) => {
    const last = row[row.length - 1];
    const options = (typeof last === 'object' ? last : {}) as Json;
    if (typeof options.expression === 'string') return { dims: {}, expression: options.expression };
    const [namespace, name, ...rest] = row.filter((r) => typeof r === 'string') as string[];
    const dims: Record<string, string> = {};
    for (let i = 0; i + 1 < rest.length; i += 2) dims[rest[i] as string] = rest[i + 1] as string;
    return { namespace, name, dims, stat: options.stat as string, label: options.label as string };
  });
}

const SERVICE = { service: 'poise' };

function logicalIds(type: string, props: Json = {}): string[] {
  return Object.keys(template.findResources(type, { Properties: props }));
}

const poiseFunctions = () =>
  logicalIds('AWS::Lambda::Function', { Description: Match.stringLikeRegexp('^Poise ') });
/** The queues without a redrive policy are the dead-letter queues. */
const deadLetterQueues = () =>
  Object.entries(template.findResources('AWS::SQS::Queue'))
    .filter(([, q]) => !q.Properties.RedrivePolicy)
    .map(([id]) => id);

// ---- dashboard ----

describe('dashboard', () => {
  it('shows mail flow by verdict, next to the messages received', () => {
    const metrics = rows('Mail flow by verdict');
    expect(metrics).toContainEqual(
      expect.objectContaining({ namespace: METRICS_NAMESPACE, name: METRIC.messagesReceived, dims: SERVICE }),
    );
    for (const verdict of ['pass', 'flag', 'hold']) {
      expect(metrics).toContainEqual(
        expect.objectContaining({
          namespace: METRICS_NAMESPACE,
          name: METRIC.verdict,
          dims: { ...SERVICE, [DIMENSION.verdict]: verdict },
          stat: 'Sum',
        }),
      );
    }
  });

  it.each([
    ['Category hits', METRIC.categoryHit, DIMENSION.category],
    ['Rule hits', METRIC.ruleHit, DIMENSION.rule],
  ])('shows %s for every value the filter reports (SEARCH)', (title, name, dimension) => {
    expect(rows(title)).toEqual([
      {
        dims: {},
        expression: `SEARCH('{${METRICS_NAMESPACE},${dimension},service} MetricName="${name}" service="poise"', 'Sum', 300)`,
      },
    ]);
  });

  it('shows the hold backlog, the oldest hold, decisions and time to decision p50/p90', () => {
    expect(rows('Hold backlog (sweeper)').map((m) => [m.name, m.stat])).toEqual([
      [METRIC.holdBacklog, 'Maximum'],
      [METRIC.holdsPastDeadline, 'Maximum'],
      [METRIC.oldestHoldAgeSeconds, 'Maximum'],
    ]);
    expect(rows('Hold decisions').map((m) => m.name)).toEqual([
      METRIC.holdsApproved,
      METRIC.holdsRejected,
      METRIC.holdsExpired,
    ]);
    expect(rows('Time to decision (s)').map((m) => [m.name, m.stat])).toEqual([
      [METRIC.timeToDecision, 'p50'],
      [METRIC.timeToDecision, 'p90'],
    ]);
  });

  it('shows relays, failures in total and by SES error', () => {
    const metrics = rows('Relays');
    expect(metrics.map((m) => m.name ?? m.expression)).toEqual([
      METRIC.relaySuccess,
      METRIC.relayFailure,
      `SEARCH('{${METRICS_NAMESPACE},${DIMENSION.error},service} MetricName="${METRIC.relayFailure}" service="poise"', 'Sum', 300)`,
    ]);
  });

  it('shows the depth of every dead-letter queue', () => {
    const dlqs = deadLetterQueues();
    expect(dlqs).toHaveLength(2);
    const metrics = rows('Dead-letter queues');
    expect(metrics.map((m) => [m.namespace, m.name, m.dims.QueueName]).sort()).toEqual(
      dlqs.map((id) => ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', `@${id}.QueueName`]).sort(),
    );
  });

  it.each([
    ['Lambda errors', 'Errors', 'Sum'],
    ['Lambda duration p90 (ms)', 'Duration', 'p90'],
    ['Lambda throttles', 'Throttles', 'Sum'],
  ])('shows %s of every Poise function', (title, name, stat) => {
    const fns = poiseFunctions();
    expect(fns).toHaveLength(4);
    expect(
      rows(title)
        .map((m) => [m.namespace, m.name, m.stat, m.dims.FunctionName])
        .sort(),
    ).toEqual(fns.map((id) => ['AWS/Lambda', name, stat, `@${id}`]).sort());
  });

  it('shows SES events and rates of the configuration set, and the account reputation SES reviews', () => {
    const [configSet] = logicalIds('AWS::SES::ConfigurationSet');
    const events = rows('SES events (configuration set)');
    expect(events.map((m) => [m.namespace, m.name, m.dims])).toEqual(
      ['Send', 'Delivery', 'Bounce', 'Complaint', 'Reject'].map((name) => [
        'AWS/SES',
        name,
        { [SES_EVENT_DIMENSION]: `@${configSet}` },
      ]),
    );
    const rates = rows('SES bounce and complaint rate, configuration set (%)').filter((m) => m.expression);
    expect(rates.map((m) => m.expression)).toEqual([
      'IF(send > 0, 100 * FILL(bounce, 0) / send, 0)',
      'IF(send > 0, 100 * FILL(complaint, 0) / send, 0)',
    ]);
    expect(rows('SES reputation, account (what SES reviews)').map((m) => [m.name, m.dims])).toEqual([
      ['Reputation.BounceRate', {}],
      ['Reputation.ComplaintRate', {}],
    ]);
  });

  it('publishes the configuration set events to CloudWatch by the configuration set auto-tag only', () => {
    const [configSet] = logicalIds('AWS::SES::ConfigurationSet');
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: configSet },
      EventDestination: {
        Enabled: true,
        MatchingEventTypes: ['send', 'delivery', 'bounce', 'complaint', 'reject'],
        CloudWatchDestination: {
          DimensionConfigurations: [
            {
              DimensionName: SES_EVENT_DIMENSION,
              DimensionValueSource: 'messageTag',
              DefaultDimensionValue: { Ref: configSet },
            },
          ],
        },
      },
    });
  });

  it('is named in a stack output (its name is generated)', () => {
    const [dashboard] = logicalIds('AWS::CloudWatch::Dashboard');
    template.hasOutput('DashboardName', { Value: { Ref: dashboard } });
    expect(
      template.findResources('AWS::CloudWatch::Dashboard')[dashboard ?? '']?.Properties.DashboardName,
    ).toBeUndefined();
  });

  it('lists every ops alarm in its status widget', () => {
    const widget = dashboardBody().widgets.find((w) => w.type === 'alarm');
    const alarms = logicalIds('AWS::CloudWatch::Alarm').filter((id) => id.startsWith('GatewayAlarms'));
    expect([...((widget?.properties.alarms ?? []) as string[])].sort()).toEqual(
      alarms.map((id) => `@${id}.Arn`).sort(),
    );
  });
});

// ---- alarms ----

describe('alarms', () => {
  const topic = () => ({ Ref: logicalIds('AWS::SNS::Topic')[0] });
  const paging = () => ({
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
    AlarmActions: [topic()],
    OKActions: [topic()],
  });

  it('fire when any dead-letter queue holds a message', () => {
    for (const id of deadLetterQueues()) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...paging(),
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id, 'QueueName'] } }],
        Statistic: 'Maximum',
        Threshold: 1,
        EvaluationPeriods: 1,
      });
    }
  });

  it('fire on the error rate (errors / invocations) of the ingest, filter and approvals functions', () => {
    const fns = logicalIds('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise (ingest|filter|approvals):'),
    });
    expect(fns).toHaveLength(3);
    const stat = (id: string, name: string) => ({
      Id: name === 'Errors' ? 'errors' : 'invocations',
      MetricStat: {
        Metric: {
          Namespace: 'AWS/Lambda',
          MetricName: name,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }],
        },
        Period: 300,
        Stat: 'Sum',
      },
      ReturnData: false,
    });
    for (const id of fns) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        ...paging(),
        Metrics: Match.arrayWith([
          Match.objectLike({ Expression: 'IF(invocations > 0, 100 * FILL(errors, 0) / invocations, 0)' }),
          stat(id, 'Errors'),
          stat(id, 'Invocations'),
        ]),
        Threshold: 5,
        EvaluationPeriods: 3,
        DatapointsToAlarm: 2,
      });
    }
  });

  it('fire when the oldest queued Submission waits 15 minutes', () => {
    const [queue] = Object.entries(template.findResources('AWS::SQS::Queue')).find(
      ([, q]) => q.Properties.RedrivePolicy,
    ) ?? [''];
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...paging(),
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Threshold: 900,
    });
  });

  it('fire when a hold is still past its deadline in two sweeper runs in a row', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...paging(),
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.holdsPastDeadline,
      Dimensions: [{ Name: 'service', Value: 'poise' }],
      Statistic: 'Minimum',
      Period: 300, // the example config's sweepIntervalMinutes
      Threshold: 1,
      EvaluationPeriods: 2,
    });
  });

  it('fire when the sweeper fails in three 5-minute periods in a row (and tell when it recovers)', () => {
    const [sweeper] = logicalIds('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise sweeper'),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...paging(),
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: sweeper } }],
      Period: 300,
      Threshold: 1,
      EvaluationPeriods: 3,
    });
  });

  it('fire when 5% of relay attempts fail: failures / (successes + failures), no traffic no alarm', () => {
    const stat = (id: string, name: string) =>
      Match.objectLike({
        Id: id,
        MetricStat: {
          Metric: {
            Namespace: METRICS_NAMESPACE,
            MetricName: name,
            Dimensions: [{ Name: 'service', Value: 'poise' }],
          },
          Period: 300,
          Stat: 'Sum',
        },
      });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...paging(),
      Metrics: Match.arrayWith([
        Match.objectLike({
          Expression: 'IF(FILL(s, 0) + FILL(f, 0) > 0, 100 * FILL(f, 0) / (FILL(s, 0) + FILL(f, 0)), 0)',
        }),
        stat('s', METRIC.relaySuccess),
        stat('f', METRIC.relayFailure),
      ]),
      Threshold: 5,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
    });
  });

  it.each([
    ['bounce', 'Reputation.BounceRate', 0.04],
    ['complaint', 'Reputation.ComplaintRate', 0.0008],
  ])('fire when the account %s rate nears the level SES reviews at', (_, name, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ...paging(),
      Namespace: 'AWS/SES',
      MetricName: name,
      Statistic: 'Maximum',
      Period: 3600,
      Threshold: threshold,
      EvaluationPeriods: 1,
    });
  });
});

// ---- one definition of metric names, really emitted ----

/** Every Poise metric the dashboard and alarms read, with the dimension names of its series. */
function poiseReferences(): Array<{ name: string; dimensions: string[]; where: string }> {
  const refs: Array<{ name: string; dimensions: string[]; where: string }> = [];
  for (const widget of dashboardBody().widgets) {
    if (widget.type !== 'metric') continue;
    const title = String(widget.properties.title);
    for (const m of rows(title)) {
      if (m.namespace === METRICS_NAMESPACE && m.name) {
        refs.push({ name: m.name, dimensions: Object.keys(m.dims).sort(), where: title });
      }
      const search = /^SEARCH\('\{([^}]*)\} MetricName="([^"]+)"/.exec(m.expression ?? '');
      const [namespace, ...dims] = search?.[1]?.split(',') ?? [];
      if (namespace === METRICS_NAMESPACE) {
        refs.push({ name: search?.[2] ?? '', dimensions: dims.sort(), where: title });
      }
    }
  }
  for (const [id, alarm] of Object.entries(template.findResources('AWS::CloudWatch::Alarm'))) {
    const p = alarm.Properties;
    const metrics = [
      { Namespace: p.Namespace, MetricName: p.MetricName, Dimensions: p.Dimensions },
      ...((p.Metrics ?? []) as Array<{ MetricStat?: { Metric: Json } }>).map(
        (m) => m.MetricStat?.Metric ?? {},
      ),
    ] as Array<{ Namespace?: string; MetricName?: string; Dimensions?: Array<{ Name: string }> }>;
    for (const m of metrics) {
      if (m.Namespace !== METRICS_NAMESPACE) continue;
      const dimensions = (m.Dimensions ?? []).map((d) => d.Name).sort();
      refs.push({ name: String(m.MetricName), dimensions, where: id });
    }
  }
  return refs;
}

describe('metric names', () => {
  it('in the dashboard and alarms all come from lambdas/shared/metrics.ts, with its dimensions', () => {
    const refs = poiseReferences();
    const names = new Set(refs.map((r) => r.name));
    // Everything the runtime reports about mail and holds is on the dashboard.
    expect([...names].sort()).toEqual(Object.values(METRIC).sort());
    const allowed = new Set(['service', ...Object.values(DIMENSION)]);
    for (const ref of refs) {
      expect(Object.values(METRIC), ref.where).toContain(ref.name);
      for (const d of ref.dimensions) expect(allowed, `${ref.where}: ${d}`).toContain(d);
    }
  });

  describe('are emitted by the runtime', () => {
    let dyn: Dynalite;
    let world: World;
    /** Metric name → the dimension sets it was emitted with (names sorted, joined). */
    const emitted = new Map<string, Set<string>>();

    beforeAll(async () => {
      dyn = await startDynalite();
      world = makeWorld(dyn, await createTable(dyn.endpoint));
      const out = captureOutput();
      try {
        await runEverything(world);
      } finally {
        out.restore();
      }
      for (const blob of out.emf) {
        const meta = (blob._aws as { CloudWatchMetrics: Array<{ Dimensions: string[][]; Metrics: Json[] }> })
          .CloudWatchMetrics[0];
        for (const metric of meta?.Metrics ?? []) {
          const set = emitted.get(String(metric.Name)) ?? new Set<string>();
          for (const dims of meta?.Dimensions ?? []) set.add([...dims].sort().join());
          emitted.set(String(metric.Name), set);
        }
      }
    }, 120_000);
    afterAll(async () => {
      await dyn?.close();
    });

    it('every metric the dashboard and alarms read, in the dimension set they read it with', () => {
      const missing = poiseReferences()
        .filter((ref) => !emitted.get(ref.name)?.has(ref.dimensions.join()))
        .map((ref) => `${ref.where}: ${ref.name} {${ref.dimensions.join()}}`);
      expect(missing).toEqual([]);
    });

    it('only names from metrics.ts (besides Powertools cold starts)', () => {
      const defined = new Set<string>(Object.values(METRIC));
      expect([...emitted.keys()].filter((n) => !defined.has(n) && n !== 'ColdStart')).toEqual([]);
    });
  });
});

/**
 * The deployed handler factories over the dynalite world: one message per filter outcome, an ingest
 * without envelope, approve and reject through the approvals handler, two sweeper runs.
 */
async function runEverything(world: World): Promise<void> {
  const mail = Buffer.from(
    [`From: Rep <${REP}>`, 'To: buyer@acme.example', 'Subject: Proposal', '', 'Talk Tuesday?', ''].join(
      '\r\n',
    ),
  );
  const filterRun = async (opts: Parameters<typeof buildFilter>[1], over = {}, size?: number) => {
    const sub = submission(over);
    storeRaw(world, sub, mail, size);
    await buildFilter(world, opts)(sqsEvent(sub), fakeContext());
  };
  await filterRun({}); // pass, relayed
  // Held with a finding; SES refuses the approver's notice for good.
  world.sesFaults.push((name) =>
    name === 'SendEmail' ? awsError('MessageRejected', 'not verified') : undefined,
  );
  await filterRun({ scan: scanAs('hold', [finding('unilateral_discount', 'UD-PERCENT')]) });
  world.sesFaults.length = 0;
  await filterRun({ scan: scanAs('hold', [], { categories: ['unscannable'], holdReason: 'unscannable' }) });
  await filterRun({ scan: scanAs('pass', []) }, {}, 41 * 1024 * 1024); // oversize
  await filterRun(
    { senderDomains: 'seller.example' },
    { envelope: { mailFrom: 'x@other.example', rcptTo: ['b@acme.example'] } },
  );
  world.sesFaults.push(() => awsError('MessageRejected', 'Email address is not verified.'));
  await filterRun({ scan: scanAs('pass', []) });
  world.sesFaults.length = 0;

  // Ingest without an envelope: recipients from the headers.
  world.objects.set('poise-raw/raw/01000193a1b2c3d4-mm-0002', {
    body: Buffer.from(
      ['From: rep@seller.example', 'To: buyer@acme.example', 'Subject: x', '', ''].join('\r\n'),
    ),
  });
  const ingestConfig = loadIngestConfig({
    POISE_QUEUE_URL: 'https://sqs.example/q',
    POISE_RAW_BUCKET: 'poise-raw',
  });
  const ingest = makeIngestHandler(awsIngestDeps(ingestConfig, world.clients));
  await ingest(fixture('mail-manager-without-envelope.json'), fakeContext('poise-ingest'));

  // Approvals and sweeper as their entry points wire them, each Lambda with its own Metrics: a
  // handler that did not publish what its requests decided would lose those metrics.
  const logger = makeLogger();
  const now = new Date('2026-11-27T10:00:00Z');
  const approvalsMetrics = makeMetrics();
  const w = await wire(world, now, { telemetry: new Telemetry(approvalsMetrics, logger) });
  const approvals = makeApprovalsHandler({ api: w.api, logger, metrics: approvalsMetrics });
  const post = async (path: string, form: Record<string, string>) => {
    const event = {
      rawPath: path,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: PUBLIC_URL,
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams(form).toString(),
      isBase64Encoded: false,
      requestContext: { http: { method: 'POST', path } },
    } as unknown as APIGatewayProxyEventV2;
    const res = await approvals(event, fakeContext('poise-approvals'));
    expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
  };
  await putHold(world, { id: 'e-approve' });
  await putHold(world, { id: 'e-reject' });
  const approve = token(w, 'e-approve', 'approve');
  const reject = token(w, 'e-reject', 'reject');
  await post(`/approve/${approve}`, { token: approve });
  await post(`/reject/${reject}`, { token: reject, note: 'Not this quarter.' });

  await putHold(world, {
    id: 'e-expire',
    heldAt: '2026-11-25T09:00:00.000Z',
    deadline: '2026-11-27T09:00:00.000Z',
  });
  const sweeperMetrics = makeMetrics();
  const ws = await wire(world, now, { telemetry: new Telemetry(sweeperMetrics, logger) });
  const sweeper = makeSweeperHandler({ sweep: () => runSweep(ws.sweep), logger, metrics: sweeperMetrics });
  await sweeper({}, fakeContext('poise-sweeper'));
}
