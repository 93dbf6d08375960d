import QRCode from 'qrcode';

/**
 * A QR code for `text` as an SVG path, generated here at build time (never by a QR web
 * service). Returns the module count and a path drawing every dark module.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return { size, path: parts.join('') };
}
