'use client';

import { useSyncExternalStore } from 'react';

/** Props of NativeShareButton. */
export interface NativeShareButtonProps {
  url: string;
  title: string;
}

const noop = () => () => {};

/** 更多分享方式: the device's own share sheet, only where the browser has one. */
export function NativeShareButton({ url, title }: NativeShareButtonProps) {
  const supported = useSyncExternalStore(noop, () => typeof navigator.share === 'function', () => false);
  if (!supported) return null;
  return (
    <button
      type="button"
      className="chip"
      onClick={() => navigator.share({ url, title }).catch(() => undefined)}
    >
      更多方式
    </button>
  );
}
