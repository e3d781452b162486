import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { loadConfig } from './config';
import { PoiseStack } from './poise-stack';

export interface PoiseAppOptions {
  /** Directory a relative `policyFile` is resolved against. @default process.cwd() */
  readonly baseDir?: string;
  /** Filter handler module. @default lambdas/handlers/filter.ts */
  readonly filterEntry?: string;
  /** Ingest handler module. @default lambdas/handlers/ingest.ts */
  readonly ingestEntry?: string;
}

/** Id of the stack (its CloudFormation name unless overridden at deploy time). */
export const STACK_ID = 'Poise';

/**
 * Adds the Poise stack to an app and registers cdk-nag (AwsSolutions) as a validation plugin,
 * which makes synthesis fail on any finding not acknowledged with a reason.
 */
export function addPoiseStack(app: App, options: PoiseAppOptions = {}): PoiseStack {
  const config = loadConfig(app.node, options.baseDir);
  // Env-agnostic: synth needs no credentials; account and region come from the deploy profile.
  const stack = new PoiseStack(app, STACK_ID, {
    description: 'Poise outbound mail gateway: ingress, raw mail, queue, filter, outcomes, alarms',
    config,
    filterEntry: options.filterEntry,
    ingestEntry: options.ingestEntry,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
