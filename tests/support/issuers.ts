import { appendFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Lists more issuers (发布机关) in a test copy's content/site.yaml, so that fixture reports
 * from invented bodies (示例市人民政府 …) pass `check`. The committed site.yaml ends with its
 * `issuers` list, so entries appended at the end join it. Slugs are made up (t1, t2 …).
 */
export function listIssuers(dir: string, names: readonly string[]): void {
  const lines = names.map((name, i) => `  - { name: ${name}, slug: test-${i + 1}, type: 部门, parent: wuzhou }\n`);
  appendFileSync(path.join(dir, 'content/site.yaml'), lines.join(''));
}
