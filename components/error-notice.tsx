import { IDS } from '@/lib/ui/ids';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  /** Reloads the failed part of the page, when the caller can. */
  onRetry?: () => void;
}

/** The Chinese page shown when a page fails in the browser: what happened and where to go. */
export function ErrorNotice({ onRetry }: ErrorNoticeProps) {
  return (
    <div className="page">
      <h1 id={IDS.title} tabIndex={-1}>页面出错了</h1>
      <p className="lede">这个页面在您的浏览器中没能正常显示。报告内容没有问题，请刷新页面重试。</p>
      <p>
        {onRetry ? (
          <>
            <button type="button" className="chip" onClick={onRetry}>重新加载本页</button>　
          </>
        ) : null}
        <a href="/">返回首页</a>　<a href="/archive">查看全部报告</a>
      </p>
    </div>
  );
}
