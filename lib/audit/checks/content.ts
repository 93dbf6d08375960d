import { checkContent } from '../../content/load';
import type { ContentProblem } from '../../report';
import { formatProblem } from '../../report';
import type { CheckResult } from '../types';
import { result } from '../types';

const finding = (p: ContentProblem) => ({ page: p.file, message: formatProblem(p) });

/** What `npm run report -- check` says about the content files: errors fail, warnings are listed. */
export function checkContentFiles(root: string): CheckResult {
  const checked = checkContent(root, undefined, { warnings: true });
  const { problems } = checked;
  const errors = problems.filter((p) => p.severity === 'error').map(finding);
  const warnings = problems.filter((p) => p.severity === 'warning').map(finding);
  return result('content', '内容文件检查', '与 npm run report -- check 相同：报告文件和网站配置没有错误；警告（逾期发布、缺少必备部分、可疑数字、未填写的网站标识等）列出供核对，不影响本项结果。',
    errors, warnings.length > 0 ? `${checked.reports.length} 份报告没有错误，另有 ${warnings.length} 个警告请核对` : `${checked.reports.length} 份报告没有错误和警告`, warnings);
}
