import type { Correction } from '@/lib/report';

/** Props of Corrections. */
export interface CorrectionsProps {
  corrections: Correction[];
}

/** 勘误: dated notes of what was corrected after publication. */
export function Corrections({ corrections }: CorrectionsProps) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">勘误</h2>
      <ul>
        {corrections.map((c) => (
          <li key={c.date + c.note}>
            <time dateTime={c.date}>{c.date}</time>：{c.note}
          </li>
        ))}
      </ul>
    </section>
  );
}
