import path from 'node:path';
import { main } from '@/lib/cli/main';

/** The project root (tests run from it). */
export const ROOT = process.cwd();

/** Runs `npm run report -- …args` in this process, in `cwd`, capturing what it prints. */
export async function runCli(args: readonly string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: path.resolve(cwd),
    out: (text) => { stdout += `${text}\n`; },
    err: (text) => { stderr += `${text}\n`; },
  });
  return { code, stdout, stderr };
}
