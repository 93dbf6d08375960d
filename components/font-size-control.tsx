'use client';

import { FONT_STEPS } from '@/lib/ui/prefs';
import { updatePrefs, usePrefs } from './prefs-store';

/** Props of FontSizeControl. */
export interface FontSizeControlProps {
  /** Distinguishes the label id when the control appears twice on a page. */
  idSuffix: string;
}

/** 字号: one pressed button per step; the whole page scales. */
export function FontSizeControl({ idSuffix }: FontSizeControlProps) {
  const { font } = usePrefs();
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
          aria-pressed={font === index}
          aria-label={`${step.label}（${step.percent}%）`}
          onClick={() => updatePrefs({ font: index })}
        >
          {step.label}
        </button>
      ))}
    </div>
  );
}
