// Preview only: npm run dev sends /reports/<slug>/data.json here (next.config.ts), so that a
// report file added while the preview runs has its data.json on the next reload.
export { GET } from '../../../../reports/[slug]/data.json/route';

export const dynamicParams = true;
