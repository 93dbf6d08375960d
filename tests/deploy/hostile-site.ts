import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the site with the XSS fixture is built: one directory per checkout, outside it. */
export function hostileSiteDir(root = process.cwd()): string {
  return path.join(tmpdir(), `portal-hostile-site-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
}
