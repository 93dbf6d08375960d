import type { Report } from './types';

/**
 * The published open-data shape of a report (data.json, `npm run report -- json`):
 * plain field names, without source-file line numbers. Keep it stable.
 */
export function toOpenData(report: Report) {
  return {
    meta: report.meta,
    intro: report.intro,
    sections: report.sections.map(({ line: _line, points, ...section }) => ({
      ...section,
      points: points.map(({ line: _pointLine, ...point }) => point),
    })),
    closing: report.closing,
    appendices: report.appendices,
    metrics: report.metrics,
    tables: report.tables.map(({ line: _line, rows, ...table }) => ({
      ...table,
      rows: rows.map(({ line: _rowLine, ...row }) => row),
    })),
  };
}

/** The open-data JSON type. */
export type OpenDataReport = ReturnType<typeof toOpenData>;
