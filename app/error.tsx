'use client';

import { ErrorNotice } from '@/components/error-notice';

/** A page that fails in the browser keeps the site header and footer and explains itself in Chinese. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorNotice onRetry={reset} />;
}
