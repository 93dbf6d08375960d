/**
 * The servers of the deploy tests. playwright.deploy.config.ts chooses their ports (the
 * variables below, or free ports) before anything reads them; its workers inherit them.
 */
function portOf(name: string): number {
  const port = Number(process.env[name]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`${name} is not set: run the deploy tests through playwright.deploy.config.ts`);
  return port;
}

export const PORTS = { app: portOf('TEST_PORT'), hostile: portOf('HOSTILE_PORT'), nginx: portOf('NGINX_PORT') } as const;

/** One server under test, reachable over IPv6 and IPv4 loopback. */
export interface ServerUnderTest {
  name: string;
  v6: string;
  v4: string;
}

const server = (name: string, port: number): ServerUnderTest => ({ name, v6: `http://[::1]:${port}`, v4: `http://127.0.0.1:${port}` });

/** `npm start` on the production build. */
export const APP = server('npm start', PORTS.app);
/** nginx with deploy/nginx.conf on the published export. */
export const NGINX = server('nginx + export', PORTS.nginx);
/** `npm start` on a copy of the site holding the XSS fixture report. */
export const HOSTILE = server('npm start (XSS fixture)', PORTS.hostile);

export const SERVERS = [APP, NGINX] as const;
