/**
 * `npm run audit [origin] [--out dir]`: the site checked as a 政府网站 inspection would,
 * written to audit-report/index.html (Chinese, printable) and audit-report/report.json.
 */
import { runAuditCommand } from './audit-command';
import { processIo } from './io';

process.exitCode = await runAuditCommand(process.argv.slice(2), processIo());
