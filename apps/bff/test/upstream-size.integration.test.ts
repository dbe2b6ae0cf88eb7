import { afterAll, describe, expect, it } from 'vitest';
import { memoryAuditLog, startBff } from '../src/index';
import { bffConfig, fakeUpstream, signIn } from './fake-upstream';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  while (closers.length) await closers.pop()!();
});

describe('upstream answers are size-capped', () => {
  it('a 64 MB answer is cut off early: 502 UpstreamTooLarge, not read whole', async () => {
    let written = 0;
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const up = await fakeUpstream((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const more = () => {
        while (written < 64 && !res.destroyed) {
          written++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    closers.push(up.close);
    const bff = await startBff(bffConfig(up.url, { upstreamTimeoutMs: 20_000 }), { audit: memoryAuditLog() });
    closers.push(bff.close);
    const cookie = await signIn(bff.url);
    const res = await fetch(`${bff.url}/api/actions/cds/ccs/DescribeInstances`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    const body = (await res.json()) as { code: string; message: string };
    expect(res.status).toBe(502);
    expect(body.code).toBe('UpstreamTooLarge');
    expect(written).toBeLessThan(40);
  }, 60_000);
});
