// Preview only: metrics.csv for any slug (see app/preview/reports/[slug]/page.dev.tsx).
export { GET } from '../../../../reports/[slug]/metrics.csv/route';

export const dynamicParams = true;
