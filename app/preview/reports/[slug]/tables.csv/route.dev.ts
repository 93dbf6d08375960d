// Preview only: npm run dev sends /reports/<slug>/tables.csv here (next.config.ts), so that a
// report file added while the preview runs has its tables.csv on the next reload.
export { GET } from '../../../../reports/[slug]/tables.csv/route';

export const dynamicParams = true;
