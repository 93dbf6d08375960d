import type { EntryGroup, ListEntry } from '@/lib/site/list-page-data';
import { reportPath } from '@/lib/site/urls';
import { formatPublished } from '@/lib/ui/format';

/** One report in a list: its title, then its issuer (linked to its page) and publication day. */
export function EntryItem({ entry: e, hideIssuer = false }: { entry: ListEntry; hideIssuer?: boolean }) {
  return (
    <li>
      <a href={reportPath(e.slug)} className="entry-title">{e.title}</a>
      <span className="entry-meta">
        {hideIssuer ? null : e.issuerHref ? <><a href={e.issuerHref}>{e.issuer}</a>　</> : <>{e.issuer}　</>}
        发布于<time dateTime={e.published}>{formatPublished(e.published).slice(0, 10)}</time>
      </span>
    </li>
  );
}

/** Props of EntryGroups. */
export interface EntryGroupsProps {
  groups: EntryGroup[];
  /** Leave the issuer out of each entry (on the issuer's own page). */
  hideIssuer?: boolean;
  /** What to say when there is nothing to list. */
  empty: string;
}

/** Reports under headings (a year, a kind): title, issuer and publication time of each, as plain links. */
export function EntryGroups({ groups, hideIssuer = false, empty }: EntryGroupsProps) {
  if (groups.length === 0) return <p>{empty}</p>;
  return (
    <>
      {groups.map((group, i) => (
        <section key={`${group.heading}-${i}`} className="entry-group" aria-labelledby={`group-${i}`}>
          <h2 id={`group-${i}`}>{group.heading}</h2>
          <ul className="entry-list">
            {group.entries.map((e) => (
              <EntryItem key={e.slug} entry={e} hideIssuer={hideIssuer} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
