import type { Socket } from 'node:net';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { PORTS } from './servers';

/** More than Debian's default allows at once (2 workers × 768), as in the attack run. */
const SLOW = 2_000;

test.describe('nginx with many slow clients', () => {
  test.setTimeout(90_000);

  test(`${SLOW} clients that never finish their request leave the site answering everyone else, and are cut off after the header timeout`, async () => {
    const sockets: Socket[] = [];
    let closed = 0;
    await Promise.all(Array.from({ length: SLOW }, () => new Promise<void>((resolve) => {
      const socket = connect({ host: '::1', port: PORTS.nginx }, () => {
        socket.write('GET /reports/wuzhou-2023 HTTP/1.1\r\nHost: [::1]\r\n'); // no blank line: headers never end
        resolve();
      });
      socket.on('error', () => resolve());
      socket.on('close', () => { closed += 1; });
      sockets.push(socket);
    })));
    try {
      expect(closed, 'slow connections refused at once').toBe(0);
      for (let i = 0; i < 20; i++) {
        const response = await fetch(`http://127.0.0.1:${PORTS.nginx}/reports/wuzhou-2023`, { signal: AbortSignal.timeout(5_000) });
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('梧州市2023年度法治政府建设工作报告');
      }
      // client_header_timeout (10 s) frees every one of them.
      await expect.poll(() => closed, { timeout: 30_000, intervals: [1_000] }).toBe(SLOW);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });
});
