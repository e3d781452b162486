import { fileURLToPath } from 'node:url';
import { RemovalPolicy } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';

/** Read at run time beside the bundle, so copied into every function's asset (see gate.ts). */
const AUTOMATON_SOURCE = 'lambdas/domain/detect/gate-automaton.bin';

/** The repository root: handler entries, the lockfile and esbuild's working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Newest Node.js runtime in this aws-cdk-lib, pinned rather than NODEJS_LATEST so deploys are repeatable. */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;

export interface PoiseFunctionProps
  extends Omit<nodejs.NodejsFunctionProps, 'entry' | 'role' | 'logGroup' | 'runtime' | 'architecture'> {
  /** Absolute path of the handler module. */
  readonly entry: string;
  /** Execution role; gets write access to the function's log group only. */
  readonly role: iam.Role;
  /** Retention of the function's log group. */
  readonly logRetention: logs.RetentionDays;
}

/** What a caller may still set: description, memory, timeout, concurrency, dead-letter queue... */
export type FunctionExtras = Omit<PoiseFunctionProps, 'entry' | 'role' | 'logRetention'>;

/**
 * A Poise Lambda (ids `<id>` and `<id>Logs` in `scope`): arm64 on {@link FUNCTION_RUNTIME}, ESM bundled by
 * local esbuild (no Docker), its own retained log group that only its role may write to (instead of
 * AWSLambdaBasicExecutionRole).
 */
export function poiseFunction(
  scope: Construct,
  id: string,
  props: PoiseFunctionProps,
): nodejs.NodejsFunction {
  const { entry, role, logRetention, bundling, ...rest } = props;
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
    retention: logRetention,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  logGroup.grantWrite(role);
  return new nodejs.NodejsFunction(scope, id, {
    handler: 'handler',
    loggingFormat: lambda.LoggingFormat.JSON,
    ...rest,
    entry,
    runtime: FUNCTION_RUNTIME,
    architecture: lambda.Architecture.ARM_64,
    role,
    logGroup,
    projectRoot: REPO_ROOT,
    depsLockFilePath: `${REPO_ROOT}package-lock.json`,
    bundling: {
      format: nodejs.OutputFormat.ESM,
      minify: true,
      sourceMap: true,
      // Maps without embedded sources: stack traces keep file:line, the zip stays small.
      sourcesContent: false,
      // Bundle the SDK versions the tests pin instead of the runtime's copy.
      externalModules: [],
      mainFields: ['module', 'main'],
      // Some dependencies are CommonJS and call require() from inside the ESM bundle.
      banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      // The detection gate's automaton is read beside the bundle (lambdas/domain/detect/gate.ts).
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (inputDir: string, outputDir: string) => [
          `cp "${inputDir}/${AUTOMATON_SOURCE}" "${outputDir}/gate-automaton.bin"`,
        ],
      },
      ...bundling,
    },
  });
}
