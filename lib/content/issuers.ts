import type { Issuer } from './site-schema';

/** Edit distance (insertions, deletions, substitutions) between two strings, by characters (code points). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** True when every character of `short` appears in `long`, in order (a name with words left out). */
function isSubsequence(short: string, long: string): boolean {
  const chars = [...long];
  let at = 0;
  for (const c of short) {
    at = chars.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The listed issuer a mistyped name most likely means, or null when none is close: one wrong,
 * missing or extra character in five (梧州市司发局 → 梧州市司法局), or words left out or
 * added, up to a third of the name (梧州市政府 → 梧州市人民政府). Two bodies of one city
 * (梧州市教育局, 梧州市司法局) or one name in two cities are not close.
 */
export function closestIssuer(name: string, issuers: readonly Pick<Issuer, 'name'>[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const issuer of issuers) {
    const distance = editDistance(name, issuer.name);
    const length = Math.max([...name].length, [...issuer.name].length);
    const words = isSubsequence(name, issuer.name) || isSubsequence(issuer.name, name);
    const limit = Math.max(1, Math.floor(length / (words ? 3 : 5)));
    if (distance <= limit && (!best || distance < best.distance)) best = { name: issuer.name, distance };
  }
  return best?.name ?? null;
}

/** How many listed names an unknown-issuer message shows when it has no suggestion. */
const LISTED_IN_MESSAGE = 8;

/** The check message for a report whose issuer is not listed in content/site.yaml, or null when it is. */
export function unknownIssuerMessage(name: string, issuers: readonly Pick<Issuer, 'name'>[]): string | null {
  if (issuers.some((issuer) => issuer.name === name)) return null;
  const head = `“${name}”不是 content/site.yaml 的 issuers 中列出的发布机关`;
  const closest = closestIssuer(name, issuers);
  if (closest) return `${head}。是不是“${closest}”？请照列出的名称填写`;
  const names = issuers.slice(0, LISTED_IN_MESSAGE).map((i) => `“${i.name}”`).join('、');
  const more = issuers.length > LISTED_IN_MESSAGE ? `等 ${issuers.length} 个` : '';
  return `${head}（已列出${names}${more}）。请照列出的名称填写；如是新的发布机关，请先在 content/site.yaml 的 issuers 中加上它（name、slug、type）`;
}

/** The listed issuer of a name, or undefined. */
export function findIssuer(issuers: readonly Issuer[], name: string): Issuer | undefined {
  return issuers.find((issuer) => issuer.name === name);
}
