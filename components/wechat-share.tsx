'use client';

import type { ReactNode } from 'react';
import { useId, useRef } from 'react';

/** Props of WechatShare. */
export interface WechatShareProps {
  url: string;
  /** The QR code, rendered on the server. */
  qr: ReactNode;
}

/** 微信: WeChat has no web share address, so show a QR code of the page and its URL. */
export function WechatShare({ url, qr }: WechatShareProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className="chip js-only" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        微信
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby={titleId}>
        <h2 id={titleId} className="share-dialog-title">用微信“扫一扫”分享本页</h2>
        {qr}
        <p className="share-dialog-url">
          本页地址：<span className="break-all">{url}</span>
        </p>
        <form method="dialog">
          <button type="submit" className="chip" autoFocus>
            关闭
          </button>
        </form>
      </dialog>
    </>
  );
}
