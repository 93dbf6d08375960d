import { Head, Html, Main, NextScript } from 'next/document';
import { PRELOAD_SCRIPT } from '@/lib/ui/prefs';

/**
 * The document of the Pages Router pages (report and figures): the same <html> and preload
 * script as the App Router's root layout (app/layout.tsx).
 */
export default function Document() {
  return (
    <Html lang="zh-CN" data-font="1">
      <Head>
        {/* Applies stored reading preferences before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: PRELOAD_SCRIPT }} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
