/** Share targets offered on report pages: plain links, no third-party script. */

/** One share link. */
export interface ShareLink {
  /** Visible name, e.g. 微博. */
  name: string;
  /** Accessible name, e.g. 分享到微博（在新窗口打开）. */
  label: string;
  href: string;
}

/** What is shared: the canonical page URL, its title and a short summary. */
export interface ShareTarget {
  url: string;
  title: string;
  summary: string;
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** 微博, QQ空间 and QQ links in the formats these services document. */
export function shareLinks({ url, title, summary }: ShareTarget): ShareLink[] {
  return [
    {
      name: '微博',
      label: '分享到微博（在新窗口打开）',
      href: `https://service.weibo.com/share/share.php?${query({ url, title })}`,
    },
    {
      name: 'QQ空间',
      label: '分享到QQ空间（在新窗口打开）',
      href: `https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?${query({ url, title, summary })}`,
    },
    {
      name: 'QQ',
      label: '分享给QQ好友（在新窗口打开）',
      href: `https://connect.qq.com/widget/shareqq/index.html?${query({ url, title, summary })}`,
    },
  ];
}
