// Preview only: npm run dev sends /reports/<slug>/metrics.csv here (next.config.ts), so that a
// report file added while the preview runs has its metrics.csv on the next reload.
export { GET } from '../../../../reports/[slug]/metrics.csv/route';

export const dynamicParams = true;
