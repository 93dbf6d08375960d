'use client';

import { useEffect, useRef, useState } from 'react';
import { IDS } from '@/lib/ui/ids';
import { FontSizeControl } from './font-size-control';

/**
 * The header's 无障碍 entry: a disclosure button that opens the reading-settings panel.
 * Non-modal: focus moves into the panel, Esc closes it and focus returns to the button.
 */
export function ReadingSettings() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panel.current?.focus();
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
        <p className="settings-note">
          设置保存在本机浏览器中。<a href="/accessibility">无障碍声明</a>
        </p>
        <button type="button" className="chip" onClick={close}>
          关闭设置
        </button>
      </div>
    </div>
  );
}
