/** "2024-01-21T08:55:00+08:00" → "2024-01-21 08:55", the way Chinese government pages show it. */
export function formatPublished(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/** "2024-01-21T08:55:00+08:00" → "2024年1月21日". */
export function formatDateChinese(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
