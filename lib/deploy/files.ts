import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, as '/'-separated paths relative to dir, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full, base);
      return entry.isFile() ? [path.relative(base, full).split(path.sep).join('/')] : [];
    })
    .sort();
}
