import { DEFAULT_FONT, FONT_STEPS } from '@/lib/ui/prefs';

/** Props of FontSizeControl. */
export interface FontSizeControlProps {
  /** Distinguishes the label id when the control appears twice on a page. */
  idSuffix: string;
}

/**
 * 字号: one pressed button per step; the whole page scales. Server-rendered with the default
 * step pressed; the page script (components/islands) applies and keeps the reader's choice.
 */
export function FontSizeControl({ idSuffix }: FontSizeControlProps) {
  const labelId = `font-size-label-${idSuffix}`;
  return (
    <div className="control-group js-only" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="control-label">字号</span>
      {FONT_STEPS.map((step, index) => (
        <button
          key={step.label}
          type="button"
          className="chip"
          data-font-step={index}
          aria-pressed={index === DEFAULT_FONT}
          aria-label={`${step.label}（${step.percent}%）`}
        >
          {step.label}
        </button>
      ))}
    </div>
  );
}
