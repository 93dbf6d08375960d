/** The bodies of a report's open-data files (their names and headers: report-file-names.ts). */
import type { Report } from '../report';
import { metricsCsv, tablesCsv, toOpenData } from '../report';
import type { ReportFileName } from './report-file-names';
import { REPORT_FILE_NAMES, reportFileHeaders } from './report-file-names';

/** One file: its name and body. */
export interface ReportFile {
  name: ReportFileName;
  body: string;
}

/** A report's file by name. */
export function reportFile(report: Report, name: ReportFileName): ReportFile {
  switch (name) {
    case 'data.json':
      return { name, body: JSON.stringify(toOpenData(report)) };
    case 'metrics.csv':
      return { name, body: metricsCsv(report) };
    case 'tables.csv':
      return { name, body: tablesCsv(report) };
  }
}

/** Every file of a report. */
export function reportFiles(report: Report): ReportFile[] {
  return REPORT_FILE_NAMES.map((name) => reportFile(report, name));
}

/** The response for a report's file (the preview's routes). */
export function reportFileResponse(report: Report, name: ReportFileName): Response {
  return new Response(reportFile(report, name).body, { headers: reportFileHeaders(report.meta.slug, name) });
}
