'use client';

import { useState } from 'react';

/** Props of CopyLinkButton. */
export interface CopyLinkButtonProps {
  url: string;
}

/** 复制链接: puts the canonical URL on the clipboard and says so in a live region. */
export function CopyLinkButton({ url }: CopyLinkButtonProps) {
  const [message, setMessage] = useState('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setMessage('链接已复制');
    } catch {
      setMessage(`无法自动复制，请手动复制：${url}`);
    }
  }
  return (
    <>
      <button type="button" className="chip js-only" onClick={copy}>
        复制链接
      </button>
      <span role="status" className="status-text">{message}</span>
    </>
  );
}
