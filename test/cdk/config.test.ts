import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../lambdas/domain/policy';
import { ConfigError, loadConfig, parseConfig } from '../../lib/config';
import { addPoiseStack } from '../../lib/poise-app';
import { cdkJsonContext, exampleConfig } from './synth';

const ROOT = resolve(import.meta.dirname, '../..');

describe('parseConfig', () => {
  it('accepts the example configuration in cdk.json', () => {
    const config = parseConfig(exampleConfig());

    expect(config).toMatchObject({
      ingress: 'mail-manager',
      mailManager: { auth: 'open' },
      sendingDomains: ['example.com'],
      maxReceiveCount: 5,
    });
  });

  it('fills in defaults for the optional keys', () => {
    const { ingress, holdDeadlineHours, maxMessageBytes, rawRetentionDays, maxReceiveCount, ...rest } =
      exampleConfig();

    const config = parseConfig(rest);

    expect(config).toMatchObject({
      ingress: 'mail-manager',
      holdDeadlineHours: 48,
      maxMessageBytes: 40 * 1024 * 1024,
      rawRetentionDays: 30,
      maxReceiveCount: 5,
    });
  });

  it('defaults the AUTH ingress allow-list to every address (SMTP AUTH protects it)', () => {
    const config = parseConfig({ ...exampleConfig(), mailManager: { auth: 'auth' } });

    expect(config.mailManager).toEqual({ auth: 'auth', allowedConnectorCidrs: ['0.0.0.0/0'] });
  });

  it.each([
    ['sendingDomains', { sendingDomains: [] }],
    ['sendingDomains.0', { sendingDomains: ['Not A Domain'] }],
    ['ingress', { ingress: 'smtp' }],
    ['mailManager', { mailManager: undefined }],
    ['mailManager.allowedConnectorCidrs', { mailManager: { auth: 'open', allowedConnectorCidrs: [] } }],
    [
      'mailManager.allowedConnectorCidrs.0',
      { mailManager: { auth: 'open', allowedConnectorCidrs: ['10.0.0.0'] } },
    ],
    ['mailManager.auth', { mailManager: { auth: 'tls' } }],
    ['relayDomain', { ingress: 'receipt-rule', relayDomain: undefined }],
    ['holdDeadlineHours', { holdDeadlineHours: 0 }],
    ['fallbackApprover', { fallbackApprover: 'nobody' }],
    ['notifyFrom', { notifyFrom: 'poise@elsewhere.org' }],
    ['alarmEmail', { alarmEmail: undefined }],
    ['maxMessageBytes', { maxMessageBytes: 50 * 1024 * 1024 }],
    ['rawRetentionDays', { rawRetentionDays: 2, holdDeadlineHours: 48 }],
    ['maxReceiveCount', { maxReceiveCount: 0 }],
    ['publicUrl', { publicUrl: 'not a url' }],
  ])('rejects a bad %s and names the key', (key, patch) => {
    const run = () => parseConfig({ ...exampleConfig(), ...patch });

    expect(run).toThrow(ConfigError);
    expect(run).toThrow(`poise.${key}:`);
  });

  it('rejects unknown keys (a typo must not silently fall back to a default)', () => {
    expect(() => parseConfig({ ...exampleConfig(), holdDeadlineHour: 12 })).toThrow(/holdDeadlineHour/);
  });

  it('throws when the poise context key is missing', () => {
    expect(() => parseConfig(undefined)).toThrow(/Missing CDK context key 'poise'/);
  });

  it('parses JSON given as strings, as `cdk -c` passes them', () => {
    const config = parseConfig({
      ...exampleConfig(),
      sendingDomains: '["example.com","example.org"]',
      maxReceiveCount: '3',
    });

    expect(config.sendingDomains).toEqual(['example.com', 'example.org']);
    expect(config.maxReceiveCount).toBe(3);
  });

  it('inlines a policy file as minified JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-policy-'));
    writeFileSync(join(dir, 'policy.json'), '{\n  "version": 1,\n  "rules": []\n}\n');

    const config = parseConfig({ ...exampleConfig(), policyFile: 'policy.json' }, dir);

    expect(config.policyJson).toBe('{"version":1,"rules":[]}');
  });

  it('rejects a policy file too large for the Lambda environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-policy-'));
    const senders = Array.from({ length: 300 }, (_, i) => `rep${i}@seller.example`);
    writeFileSync(join(dir, 'policy.json'), JSON.stringify({ version: 1, allow: { senders } }));

    expect(() => parseConfig({ ...exampleConfig(), policyFile: 'policy.json' }, dir)).toThrow(
      /poise\.policyFile: .* bytes/,
    );
  });
});

describe('parseConfig: policy files', () => {
  it('inlines the YAML default policy as JSON the filter accepts', () => {
    const config = parseConfig({ ...exampleConfig(), policyFile: 'policies/default.yaml' }, ROOT);

    expect(JSON.parse(config.policyJson ?? '')).toMatchObject({ version: 1, mode: 'enforce' });
    expect(parsePolicy(config.policyJson ?? '', 'env').mode).toBe('enforce');
  });

  it('fails the synth on an invalid policy, naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-policy-'));
    writeFileSync(join(dir, 'policy.yaml'), 'version: 1\nmode: lenient\n');

    expect(() => parseConfig({ ...exampleConfig(), policyFile: 'policy.yaml' }, dir)).toThrow(
      /poise\.policyFile: [\s\S]*policy\.yaml:2:\d+: mode/,
    );
  });
});

describe('loadConfig', () => {
  it('applies single-key overrides given as poise:<key> context', () => {
    const app = new App({
      context: {
        poise: exampleConfig(),
        'poise:ingress': 'receipt-rule',
        'poise:relayDomain': 'relay.example.com',
        'poise:rawRetentionDays': '10',
      },
    });

    const config = loadConfig(app.node);

    expect(config).toMatchObject({
      ingress: 'receipt-rule',
      relayDomain: 'relay.example.com',
      rawRetentionDays: 10,
    });
  });

  it('fails the app before any stack exists when the context is invalid', () => {
    const app = new App({ context: { ...cdkJsonContext(), 'poise:sendingDomains': '[]' } });

    expect(() => addPoiseStack(app)).toThrow(/poise\.sendingDomains: list at least one sending domain/);
    expect(app.node.children).toHaveLength(0);
  });
});
