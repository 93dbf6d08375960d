/**
 * The page script: every control of the portal's pages, in plain DOM code (no framework),
 * bundled by `npm run islands` into public/js/portal.<hash>.js. The reading pages add it once
 * their text has painted (lib/ui/script-loader.ts), always after the document is parsed; the
 * other pages load it with `defer`. The markup is server-rendered and complete without it.
 * Each control starts on its own, so an error in one never stops the others or touches the
 * text. Once every control has been started (a failing one left out), <html data-controls="on">
 * says the controls are live.
 */
import { runSafely } from '@/lib/ui/run-safely';
import { initReadAloud } from './read-aloud';
import { initReadingSettings } from './reading-settings';
import { initShare } from './share';
import { initSortableTables } from './sortable-table';
import { initSourceHighlighter } from './source-highlighter';
import { initTocTracker } from './toc-tracker';

const controls: [string, () => void][] = [
  ['阅读设置', initReadingSettings],
  ['分享', initShare],
  ['朗读', initReadAloud],
  ['目录', initTocTracker],
  ['数据出处', initSourceHighlighter],
  ['表格排序', initSortableTables],
];

for (const [name, init] of controls) runSafely(name, init);
document.documentElement.dataset.controls = 'on';
