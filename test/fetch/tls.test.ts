import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('https to a pinned address still sends SNI and verifies the certificate against the host name', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./tls-child.ts', import.meta.url))], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: fileURLToPath(new URL('./tls/cert.pem', import.meta.url)) },
    encoding: 'utf8',
    timeout: 15_000,
  });
  const results = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, string>;
  expect(results['news.test']).toBe('sni=news.test');
  // the same address under a name the certificate does not cover must fail verification
  expect(results['other.test']).toMatch(/^cannot fetch from other\.test:\d+: ERR_TLS_CERT_ALTNAME_INVALID$/);
});
