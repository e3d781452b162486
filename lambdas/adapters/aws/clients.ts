// AWS SDK clients, created once per process and injected into the adapters. Endpoints follow
// AWS_ENDPOINT_URL_<SERVICE> (the SDK reads these itself), so the local stack points them at s3rver,
// dynalite and the local SES endpoint without code changes.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface AwsClients {
  s3: S3Client;
  dynamodb: DynamoDBClient;
  ses: SESClient;
  sesV2: SESv2Client;
  sqs: SQSClient;
}

type Env = Record<string, string | undefined>;

export function makeAwsClients(env: Env = process.env): AwsClients {
  const s3Endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  // The local SES endpoint serves both APIs; SES v2's own variable wins when set.
  const sesV2Endpoint = env.AWS_ENDPOINT_URL_SESV2 ?? env.AWS_ENDPOINT_URL_SES;
  return {
    // s3rver (and most S3 look-alikes) only understand path-style URLs.
    s3: new S3Client({ forcePathStyle: Boolean(s3Endpoint) }),
    dynamodb: new DynamoDBClient({}),
    ses: new SESClient({}),
    sesV2: new SESv2Client(sesV2Endpoint ? { endpoint: sesV2Endpoint } : {}),
    sqs: new SQSClient({}),
  };
}
