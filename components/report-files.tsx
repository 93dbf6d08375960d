import type { ReportMeta } from '@/lib/report';

/** Props of ReportFiles. */
export interface ReportFilesProps {
  meta: ReportMeta;
}

/** 文件下载 and 关联文件, when the report lists any. */
export function ReportFiles({ meta }: ReportFilesProps) {
  return (
    <>
      {meta.attachments.length > 0 ? (
        <section aria-labelledby="attachments-title" className="report-files">
          <h2 id="attachments-title">文件下载</h2>
          <ul>
            {meta.attachments.map((file) => (
              <li key={file.url}>
                <a href={file.url} download={file.url.startsWith('/') ? '' : undefined}>{file.title}</a>
                {file.note ? <span className="file-note">（{file.note}）</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {meta.related.length > 0 ? (
        <section aria-labelledby="related-title" className="report-files">
          <h2 id="related-title">关联文件</h2>
          <ul>
            {meta.related.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
