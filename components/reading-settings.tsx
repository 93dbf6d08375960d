'use client';

import { useEffect, useRef, useState } from 'react';
import { IDS } from '@/lib/ui/ids';
import { DEFAULT_PREFS } from '@/lib/ui/prefs';
import type { Prefs } from '@/lib/ui/prefs';
import { FontSizeControl } from './font-size-control';
import { updatePrefs, usePrefs, currentPrefs } from './prefs-store';
import { ReadAloudControls } from './read-aloud';

interface ToggleProps {
  name: keyof Pick<Prefs, 'contrast' | 'cursor' | 'elder'>;
  label: string;
  hint: string;
  className?: string;
  onChange?: (checked: boolean) => void;
}

/** One on/off setting as a labelled checkbox. */
function Toggle({ name, label, hint, className, onChange }: ToggleProps) {
  const prefs = usePrefs();
  const hintId = `setting-hint-${name}`;
  return (
    <label className={`setting-toggle ${className ?? ''}`}>
      <input
        type="checkbox"
        checked={prefs[name]}
        aria-describedby={hintId}
        onChange={(event) => (onChange ? onChange(event.target.checked) : updatePrefs({ [name]: event.target.checked }))}
      />
      <span>
        {label}
        <span id={hintId} className="setting-hint">{hint}</span>
      </span>
    </label>
  );
}

/** 行距: normal or wide, as a radio group. */
function SpacingSetting() {
  const { spacing, elder } = usePrefs();
  return (
    <fieldset className="setting-fieldset">
      <legend className="control-label">行距</legend>
      {[
        { value: false, label: '标准' },
        { value: true, label: '宽松' },
      ].map((option) => (
        <label key={option.label} className="setting-radio">
          <input
            type="radio"
            name="line-spacing"
            checked={(spacing || elder) === option.value}
            disabled={elder}
            onChange={() => updatePrefs({ spacing: option.value })}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The header's 无障碍 entry: a disclosure button opening the reading settings. Non-modal:
 * focus moves into the panel, Esc or 关闭设置 closes it and focus returns to the button;
 * Tab can always leave it.
 */
export function ReadingSettings() {
  const [open, setOpen] = useState(false);
  const [hasReport, setHasReport] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    setHasReport(document.querySelector('.report-body') !== null);
    panel.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="settings js-only">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={IDS.settings}
        onClick={() => setOpen((o) => !o)}
      >
        无障碍
      </button>
      <div
        ref={panel}
        id={IDS.settings}
        className="settings-panel"
        role="region"
        aria-label="阅读设置"
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close();
        }}
      >
        <FontSizeControl idSuffix="panel" />
        <Toggle name="contrast" label="高对比度" hint="黑白配色，文字更清晰" />
        <SpacingSetting />
        <Toggle name="cursor" label="大鼠标" hint="特大号鼠标指针" className="cursor-setting" />
        <Toggle
          name="elder"
          label="长者模式"
          hint="大字、宽行距、大按钮和高对比度一起开启"
          onChange={(checked) => updatePrefs(checked ? { elder: true, font: Math.max(currentPrefs().font, 3) } : { elder: false })}
        />
        {hasReport ? <ReadAloudControls idSuffix="panel" /> : null}
        <div className="settings-actions">
          <button type="button" className="chip" onClick={() => updatePrefs(DEFAULT_PREFS)}>
            重置
          </button>
          <button type="button" className="chip" onClick={close}>
            关闭设置
          </button>
        </div>
        <p className="settings-note">
          设置保存在本机浏览器中，对本站所有页面有效。<a href="/accessibility">无障碍声明</a>
        </p>
      </div>
    </div>
  );
}
