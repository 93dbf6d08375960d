import type { ContentProblem } from '@/lib/report';
import { formatProblem } from '@/lib/report';

/** Props of ContentProblems. */
export interface ContentProblemsProps {
  problems: readonly ContentProblem[];
}

/**
 * In the preview (`npm run dev`) only: the errors `npm run report -- check` finds, listed at
 * the top of every page until the files are fixed. A build with errors publishes nothing.
 */
export function ContentProblems({ problems }: ContentProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <section className="content-problems" role="alert" aria-labelledby="content-problems-title">
      <h2 id="content-problems-title">{`内容检查发现 ${problems.length} 个错误，修改前不能发布`}</h2>
      <ol>
        {problems.map((p) => (
          <li key={formatProblem(p)}><code>{formatProblem(p)}</code></li>
        ))}
      </ol>
      <p>有错误的文件不会显示在网站上。按提示修改并保存后刷新本页；也可以运行 <code>npm run report -- check</code> 查看同样的结果。本提示只在预览中出现。</p>
    </section>
  );
}
