import QRCode from 'qrcode';

/**
 * A QR code for `text` as an SVG path, generated here at build time (never by a QR web
 * service). Returns the module count and a path drawing every dark module, each horizontal
 * run of dark modules as one rectangle (a third of the bytes of one square per module).
 */
export function qrPath(text: string): { size: number; path: string } {
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
