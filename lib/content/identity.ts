/**
 * The identity of a government website that every page shows in its footer
 * (《政府网站发展指引》): what each value is called, how it is written, and what gives a
 * placeholder away. A value that is not known is left out of content/site.yaml and out of
 * the pages: never shown as an invented number.
 */

/** The identity fields of content/site.yaml, in footer order, with their Chinese names. */
export const IDENTITY_FIELDS = [
  { key: 'sponsor', label: '主办单位' },
  { key: 'organizer', label: '承办单位' },
  { key: 'address', label: '地址' },
  { key: 'phone', label: '联系电话' },
  { key: 'siteIdCode', label: '网站标识码' },
  { key: 'icp', label: 'ICP备案号' },
  { key: 'police', label: '公网安备号' },
] as const;

/** Key of an identity field. */
export type IdentityKey = (typeof IDENTITY_FIELDS)[number]['key'];

/** How each identity value is written, with the hint shown when it is not. */
export const IDENTITY_FORMATS: Partial<Record<IdentityKey, { pattern: RegExp; hint: string }>> = {
  siteIdCode: { pattern: /^[A-Za-z0-9]{10}$/, hint: '政府网站标识码为 10 位数字或字母，请照政府网站主管部门下发的填写' },
  icp: { pattern: /^\p{Script=Han}{1,2}ICP备\d{6,10}号(?:-\d{1,3})?$/u, hint: 'ICP备案号的格式如“桂ICP备12345678号”或“桂ICP备12345678号-1”' },
  police: { pattern: /^\p{Script=Han}{1,2}公网安备\s?\d{14}号$/u, hint: '公网安备号的格式如“桂公网安备 45040302000123号”（14 位数字）' },
  phone: { pattern: /^[0-9０-９()（）\-－ ]{7,24}$/, hint: '联系电话只写号码，例如 0774-1234567' },
};

/** Words that mark a value as not filled in yet. */
const PLACEHOLDER_WORDS = /待填写|待填|待定|待补充|待确认|请填写|占位|某某|xxx|todo|tbd|\*\*\*|＊＊/i;

/**
 * Why a value looks like a placeholder rather than a real one, or null: a run of seven or
 * more zeros (桂ICP备00000000号, 0774-0000000) or words such as 待填写.
 */
export function placeholderReason(value: string): string | null {
  const word = PLACEHOLDER_WORDS.exec(value);
  if (word) return `含有“${word[0]}”`;
  if (/0{7,}/.test(value.replace(/[\s-－]/g, ''))) return '是一串 0';
  return null;
}

/** The 14-digit record number in a 公网安备号, for the link to the public-security record. */
export function policeRecordCode(police: string): string | null {
  return /(\d{14})/.exec(police)?.[1] ?? null;
}

/** The identity fields a configuration leaves out, in footer order. */
export function missingIdentity(site: Partial<Record<IdentityKey, string | undefined>>): (typeof IDENTITY_FIELDS)[number][] {
  return IDENTITY_FIELDS.filter(({ key }) => !site[key]);
}
