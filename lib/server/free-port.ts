import { createServer } from 'node:net';

/**
 * A TCP port free on both stacks right now: the system picks it for a dual-stack listener on
 * [::], which is closed again before the port is handed out.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host: '::' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * The port named by environment variable `name`, or a free one, which is then written to
 * the environment: processes started afterwards (Playwright's workers and web servers, a
 * child server) inherit it and agree on the port.
 */
export async function portFromEnv(name: string): Promise<number> {
  const given = Number(process.env[name]);
  if (Number.isInteger(given) && given > 0) return given;
  const port = await freePort();
  process.env[name] = String(port);
  return port;
}
