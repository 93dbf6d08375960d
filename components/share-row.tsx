import { shareLinks } from '@/lib/site/share';
import type { ShareTarget } from '@/lib/site/share';
import { CopyLinkButton } from './copy-link-button';
import { NativeShareButton } from './native-share-button';
import { QrCode } from './qr-code';
import { WechatShare } from './wechat-share';

/** Props of ShareRow. */
export interface ShareRowProps {
  target: ShareTarget;
}

/** 分享: WeChat QR dialog, plain share links, copy link and the system share sheet. */
export function ShareRow({ target }: ShareRowProps) {
  return (
    <div className="control-group" role="group" aria-labelledby="share-label">
      <span id="share-label" className="control-label">分享</span>
      <WechatShare url={target.url} qr={<QrCode url={target.url} label={`本页地址的二维码：${target.url}`} className="qr" />} />
      {shareLinks(target).map((link) => (
        <a key={link.name} className="chip" href={link.href} target="_blank" rel="noopener noreferrer" aria-label={link.label}>
          {link.name}
        </a>
      ))}
      <CopyLinkButton url={target.url} />
      <NativeShareButton url={target.url} title={target.title} />
    </div>
  );
}
