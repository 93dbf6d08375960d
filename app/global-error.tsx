'use client';

import { ErrorNotice } from '@/components/error-notice';
import './globals.css';

/** The last resort when even the layout fails: a complete Chinese page instead of Next.js's English one. */
export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <head>
        <title>页面出错了</title>
      </head>
      <body>
        <main id="main" className="site-main">
          <ErrorNotice onRetry={() => location.reload()} />
        </main>
      </body>
    </html>
  );
}
