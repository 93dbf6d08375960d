/** Props of ReadAloudControls. */
export interface ReadAloudControlsProps {
  /** Distinguishes the label id when the controls appear twice on a page. */
  idSuffix: string;
}

/**
 * 朗读: read the whole report aloud, with pause/continue and stop. Shown only where the
 * browser has speech synthesis (<html data-speech="on">); the page script runs it.
 */
export function ReadAloudControls({ idSuffix }: ReadAloudControlsProps) {
  const labelId = `read-aloud-label-${idSuffix}`;
  return (
    <div className="control-group speech-only" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="control-label">朗读</span>
      <button type="button" className="chip" aria-pressed={false} data-action="read-all">
        朗读全文
      </button>
      <button type="button" className="chip" disabled data-action="read-pause">
        暂停
      </button>
      <button type="button" className="chip" disabled data-action="read-stop">
        停止
      </button>
    </div>
  );
}

/** Props of ReadSectionButton. */
export interface ReadSectionButtonProps {
  sectionId: string;
  /** The section's heading text, for the accessible name. */
  title: string;
}

/** 朗读本部分: reads one section aloud (a second press stops). */
export function ReadSectionButton({ sectionId, title }: ReadSectionButtonProps) {
  return (
    <button
      type="button"
      className="chip chip-small speech-only no-print"
      data-pagefind-ignore="all"
      data-action="read-section"
      data-section={sectionId}
      data-title={title}
      aria-label={`朗读本部分：${title}`}
    >
      朗读本部分
    </button>
  );
}
