// Preview only: the figures page for any slug (see app/preview/reports/[slug]/page.dev.tsx).
export { default, generateMetadata } from '../../../../reports/[slug]/figures/page';

export const dynamicParams = true;
