/** The servers of the deploy tests (playwright.deploy.config.ts starts them). */
const APP_PORT = Number(process.env.TEST_PORT ?? 3400);
const NGINX_PORT = Number(process.env.NGINX_PORT ?? 8400);

export const PORTS = { app: APP_PORT, hostile: APP_PORT + 1, nginx: NGINX_PORT } as const;

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
