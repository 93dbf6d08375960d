/** Props of CopyLinkButton. */
export interface CopyLinkButtonProps {
  url: string;
}

/** 复制链接: puts the canonical URL on the clipboard and says so in the live region after it. */
export function CopyLinkButton({ url }: CopyLinkButtonProps) {
  return (
    <>
      <button type="button" className="chip js-only" data-action="copy-link" data-url={url}>
        复制链接
      </button>
      <span role="status" className="status-text" />
    </>
  );
}
