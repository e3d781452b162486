// The CDK app (cdk.json: `npx tsx bin/app.ts`). Configuration: the `poise` context key.
import { App } from 'aws-cdk-lib';
import { ConfigError } from '../lib/config';
import { addPoiseStack } from '../lib/poise-app';

const app = new App();
try {
  addPoiseStack(app);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
app.synth();
