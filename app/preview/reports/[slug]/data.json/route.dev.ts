// Preview only: data.json for any slug (see app/preview/reports/[slug]/page.dev.tsx).
export { GET } from '../../../../reports/[slug]/data.json/route';

export const dynamicParams = true;
