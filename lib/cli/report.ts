/**
 * Staff command line: `npm run report -- <command>`.
 *   check [files…]   validate content (all files when none given); exit 1 on any error;
 *                    warnings (late, missing parts, suspicious numbers) never change it
 *   json [--draft] <file>   print the parsed report as JSON (the open-data shape);
 *                           --draft accepts incomplete front matter (warnings, exit 0)
 *   import <file> [--slug s] [--out path]   Word (.docx) or text → content/reports/<slug>.md
 *   new <year> [--slug s] [--out path]       an empty report file, every field explained
 */
import { processIo } from './io';
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), processIo());
