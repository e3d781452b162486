// The link-signing keyring from Secrets Manager: fetched on first use and kept for the life of the
// execution environment (rotation adds a key and keeps the old one, so a warm Lambda with the older
// keyring still verifies every live token; new links carry the new key after the next cold start).
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { type Keyring, parseKeyring } from '../../approvals/tokens';

export function secretKeyring(client: SecretsManagerClient, secretId: string): () => Promise<Keyring> {
  let pending: Promise<Keyring> | undefined;
  return () => {
    pending ??= fetch(client, secretId).catch((err: unknown) => {
      pending = undefined; // a failed fetch is retried by the next request, not cached
      throw err;
    });
    return pending;
  };
}

async function fetch(client: SecretsManagerClient, secretId: string): Promise<Keyring> {
  const res = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!res.SecretString) throw new Error('token keyring secret has no string value');
  return parseKeyring(res.SecretString);
}
