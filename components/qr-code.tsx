import { qrPath } from '@/lib/site/qr';

/** Props of QrCode. */
export interface QrCodeProps {
  /** The address encoded. */
  url: string;
  /** Accessible description of the image. */
  label: string;
  className?: string;
}

/** A QR code drawn as inline SVG at build time. */
export function QrCode({ url, label, className }: QrCodeProps) {
  const { size, path } = qrPath(url);
  const quiet = 2;
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${size + quiet * 2} ${size + quiet * 2}`}
      shapeRendering="crispEdges"
      data-qr-url={url}
    >
      <rect x={-quiet} y={-quiet} width={size + quiet * 2} height={size + quiet * 2} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
