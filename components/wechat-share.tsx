import type { ReactNode } from 'react';

/** Props of WechatShare. */
export interface WechatShareProps {
  url: string;
  /** The QR code, rendered on the server. */
  qr: ReactNode;
}

const DIALOG_ID = 'wechat-share';

/** 微信: WeChat has no web share address, so show a QR code of the page and its URL. */
export function WechatShare({ url, qr }: WechatShareProps) {
  return (
    <>
      <button type="button" className="chip js-only" aria-haspopup="dialog" aria-controls={DIALOG_ID} data-action="open-dialog">
        微信
      </button>
      <dialog id={DIALOG_ID} className="share-dialog" aria-labelledby={`${DIALOG_ID}-title`}>
        <h2 id={`${DIALOG_ID}-title`} className="share-dialog-title">用微信“扫一扫”分享本页</h2>
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
