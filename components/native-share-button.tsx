/** Props of NativeShareButton. */
export interface NativeShareButtonProps {
  url: string;
  title: string;
}

/**
 * 更多方式: the device's own share sheet. Rendered always and shown by CSS only where the
 * browser has one (<html data-share="on">), so it never shifts the layout.
 */
export function NativeShareButton({ url, title }: NativeShareButtonProps) {
  return (
    <button type="button" className="chip share-only" data-action="native-share" data-url={url} data-title={title}>
      更多方式
    </button>
  );
}
