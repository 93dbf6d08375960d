// Preview only (npm run dev; next.config.ts routes /reports/<slug> here): the report page for
// any slug, so a report file added while the preview runs has its page on the next reload.
export { default, generateMetadata } from '../../../reports/[slug]/page';

export const dynamicParams = true;
