import { readFileSync } from 'node:fs';
import { remark } from 'remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { readReport } from './lib/report';
const md = remark().use(remarkCjkFriendly);
const seed = readFileSync('content/reports/wuzhou-2023.md', 'utf8');
const i = seed.indexOf('## 二、');
const head = seed.slice(0, i); const rest = seed.slice(i);
const para = head.slice(head.indexOf('## 一、')).split('\n').slice(2).join('\n');
const which = process.argv[2]; const kb = Number(process.argv[3] ?? 1000);
let src = '';
if (which === 'real') { src = head; while (src.length * 2.6 < kb * 1024) src += '\n\n' + para; src += '\n\n' + rest; }
if (which === 'emph') { const p = '*a'.repeat(100) + '\n\n'; src = seed.slice(0, seed.indexOf('\n---', 3) + 5) + '## 一、x\n\n' + p.repeat(Math.floor(kb * 1024 / p.length)); }
if (which === 'tick') { const p = Array.from({length: 100}, (_, i) => '`'.repeat(i % 50 + 1)).join('a') + '\n\n'; src = seed.slice(0, seed.indexOf('\n---', 3) + 5) + '## 一、x\n\n' + p.repeat(Math.floor(kb * 1024 / p.length)); }
if (which === 'brk') { const p = '['.repeat(100) + 'a' + ']'.repeat(100) + '\n\n'; src = seed.slice(0, seed.indexOf('\n---', 3) + 5) + '## 一、x\n\n' + p.repeat(Math.floor(kb * 1024 / p.length)); }
if (which === 'nums') { src = seed.slice(0, seed.indexOf('\n---', 3) + 5) + '## 一、x\n\n' + '办理案件1件，'.repeat(Math.floor(kb * 1024 / 20)); }
console.log(which, 'bytes', Buffer.byteLength(src));
let t = performance.now(); md.parse(src); console.log('parse', Math.round(performance.now() - t));
t = performance.now(); try { const r = readReport(src, 'x.md'); console.log('readReport', Math.round(performance.now() - t), r.problems.length, r.report?.metrics.length); } catch (e) { console.log('THROW', (e as Error).message.slice(0, 100), Math.round(performance.now() - t)); }
