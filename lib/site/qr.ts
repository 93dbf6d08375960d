import QRCode from 'qrcode';

/**
 * A QR code for `text` as an SVG path, generated here at build time (never by a QR web
 * service). Returns the module count and a path drawing every dark module, each horizontal
 * run of dark modules as one rectangle (a third of the bytes of one square per module).
 */
export function qrPath(text: string): { size: number; path: string } {
  // A page draws its address twice (share row and printed colophon): made once, it is 0.6 s
  // less of 1,000 reports' static pages.
  const last = recent.get(text);
  if (last) return last;
  const made = drawQr(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, made);
  return made;
}

/** QR codes kept for the addresses drawn last (a few pages render at once). */
const RECENT = 16;
const recent = new Map<string, { size: number; path: string }>();

function drawQr(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!modules.get(x, y)) continue;
      let run = 1;
      while (x + run < size && modules.get(x + run, y)) run++;
      parts.push(`M${x} ${y}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { size, path: parts.join('') };
}
