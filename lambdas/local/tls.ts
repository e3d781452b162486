// Self-signed certificate for STARTTLS, made on first start and reused so clients can pin it.
import { X509Certificate } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { errorCode, writeFileDurable } from './fsutil';

export interface TlsMaterial {
  key: string;
  cert: string;
  fingerprint256: string;
}

const RENEW_BEFORE_MS = 7 * 24 * 3600 * 1000;

export async function loadOrCreateCertificate(dataDir: string, hostname: string): Promise<TlsMaterial> {
  const dir = join(dataDir, 'tls');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() > RENEW_BEFORE_MS) {
      return { key, cert, fingerprint256: x509.fingerprint256 };
    }
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
  await mkdir(dir, { recursive: true });
  // EC P-256: as strong as RSA-3072 and generated in milliseconds.
  const pems = await generate([{ name: 'commonName', value: hostname }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: hostname },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  await writeFileDurable(keyPath, pems.private, 0o600);
  await writeFileDurable(certPath, pems.cert, 0o644);
  return {
    key: pems.private,
    cert: pems.cert,
    fingerprint256: new X509Certificate(pems.cert).fingerprint256,
  };
}
