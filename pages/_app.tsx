import type { AppProps } from 'next/app';
import '../app/globals.css';

/** The Pages Router's app: the site stylesheet around each page. */
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
