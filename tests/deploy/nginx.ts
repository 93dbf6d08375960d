import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Runs Debian's nginx with deploy/nginx-main.conf and deploy/nginx.conf, unchanged except for
 * what a test must change: the listen addresses (loopback, IPv6 and IPv4, on one port), the
 * web root, the CSP map and the paths nginx writes to. Each replacement must match exactly
 * once, so the test notices when the files drift.
 */

/** Where deploy/nginx.conf expects things in production. */
const PRODUCTION = {
  listen6: 'listen [::]:80;',
  listen4: 'listen 80;',
  root: 'root /srv/portal/out;',
  cspMap: 'include /srv/portal/out.nginx-csp.conf;',
} as const;

/** Options of a test nginx. */
export interface NginxOptions {
  port: number;
  /** The web root (an export, or any directory). */
  root: string;
  /** The generated CSP map to include (default: out.nginx-csp.conf of the project). */
  cspMap?: string;
  /** Write an access log (off for benchmarks, as wrk would measure the disk). */
  accessLog?: boolean;
}

function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx*.conf: expected "${from}" once, found it ${count} times`);
  return text.replace(from, () => to);
}

/** deploy/nginx.conf as a test runs it. */
export function templateSite(options: NginxOptions, siteFile = path.join(process.cwd(), 'deploy/nginx.conf')): string {
  let site = readFileSync(siteFile, 'utf8');
  site = replaceOnce(site, PRODUCTION.listen6, `listen [::1]:${options.port};`);
  site = replaceOnce(site, PRODUCTION.listen4, `listen 127.0.0.1:${options.port};`);
  site = replaceOnce(site, PRODUCTION.root, `root ${options.root};`);
  site = replaceOnce(site, PRODUCTION.cspMap, `include ${options.cspMap ?? path.join(process.cwd(), 'out.nginx-csp.conf')};`);
  return site;
}

/** Where deploy/nginx-main.conf expects things in production, each replaced for a test. */
const MAIN = {
  user: 'user www-data;',
  pid: 'pid /run/nginx.pid;',
  errorLog: 'error_log /var/log/nginx/error.log;',
  modules: 'include /etc/nginx/modules-enabled/*.conf;',
  accessLog: 'access_log /var/log/nginx/access.log;',
  sites: 'include /etc/nginx/sites-enabled/*;',
} as const;

/** deploy/nginx-main.conf as a test runs it: its sizing unchanged, every path in a temp dir. */
export function templateMain(dir: string, siteFile: string, accessLog: boolean, mainFile = path.join(process.cwd(), 'deploy/nginx-main.conf')): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  let main = readFileSync(mainFile, 'utf8');
  // As root (CI), workers would run as nobody and might not read a checkout under /root.
  main = replaceOnce(main, MAIN.user, `daemon off;${process.getuid?.() === 0 ? '\nuser root root;' : ''}`);
  main = replaceOnce(main, MAIN.pid, `pid ${path.join(dir, 'nginx.pid')};`);
  main = replaceOnce(main, MAIN.errorLog, `error_log ${path.join(dir, 'error.log')} warn;`);
  main = replaceOnce(main, MAIN.modules, '');
  main = replaceOnce(main, MAIN.accessLog, `access_log ${accessLog ? path.join(dir, 'access.log') : 'off'};\n    ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`);
  return replaceOnce(main, MAIN.sites, `include ${siteFile};`);
}

/** A running nginx. */
export interface RunningNginx {
  dir: string;
  child: ChildProcess;
  origins: string[];
  stop: () => Promise<void>;
}

/** Writes the configuration, checks it with `nginx -t`, starts nginx and waits until it answers. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'));
  // Workers run as an unprivileged user when nginx starts as root: they must read the root.
  chmodSync(dir, 0o755);
  for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, name));
  const siteFile = path.join(dir, 'site.conf');
  writeFileSync(siteFile, templateSite(options));
  const mainFile = path.join(dir, 'nginx.conf');
  writeFileSync(mainFile, templateMain(dir, siteFile, options.accessLog ?? true));
  const args = ['-c', mainFile, '-p', dir, '-e', path.join(dir, 'error.log')];
  const child = spawn('nginx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const origins = [`http://[::1]:${options.port}`, `http://127.0.0.1:${options.port}`];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
    try {
      await fetch(`${origins[0]}/`);
      break;
    } catch {
      if (i > 100) throw new Error('nginx did not answer within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    dir,
    child,
    origins,
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
