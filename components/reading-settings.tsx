import { IDS } from '@/lib/ui/ids';
import type { Prefs } from '@/lib/ui/prefs';
import { FontSizeControl } from './font-size-control';
import { ReadAloudControls } from './read-aloud';

interface ToggleProps {
  name: keyof Pick<Prefs, 'contrast' | 'cursor' | 'elder'>;
  label: string;
  hint: string;
  className?: string;
}

/** One on/off setting as a labelled checkbox (the page script keeps it in step with the setting). */
function Toggle({ name, label, hint, className }: ToggleProps) {
  const hintId = `setting-hint-${name}`;
  return (
    <label className={`setting-toggle ${className ?? ''}`}>
      <input type="checkbox" data-pref={name} aria-describedby={hintId} />
      <span>
        {label}
        <span id={hintId} className="setting-hint">{hint}</span>
      </span>
    </label>
  );
}

/** 行距: normal or wide, as a radio group (disabled in elder mode, which sets it wide). */
function SpacingSetting() {
  return (
    <fieldset className="setting-fieldset">
      <legend className="control-label">行距</legend>
      {[
        { value: 'false', label: '标准' },
        { value: 'true', label: '宽松' },
      ].map((option) => (
        <label key={option.label} className="setting-radio">
          <input type="radio" name="line-spacing" value={option.value} defaultChecked={option.value === 'false'} data-pref="spacing" />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The header's 无障碍 entry: a disclosure button opening the reading settings. Non-modal:
 * focus moves into the panel, Esc or 关闭设置 closes it and focus returns to the button;
 * Tab can always leave it. Server-rendered markup; components/islands/reading-settings.ts
 * runs it. Hidden without JavaScript, as every setting needs it.
 */
export function ReadingSettings() {
  return (
    <div className="settings js-only">
      <button type="button" className="header-button" aria-expanded={false} aria-controls={IDS.settings} data-action="settings-toggle">
        无障碍
      </button>
      <div id={IDS.settings} className="settings-panel" role="region" aria-label="阅读设置" tabIndex={-1} hidden>
        <FontSizeControl idSuffix="panel" />
        <Toggle name="contrast" label="高对比度" hint="黑白配色，文字更清晰" />
        <SpacingSetting />
        <Toggle name="cursor" label="大鼠标" hint="特大号鼠标指针" className="cursor-setting" />
        <Toggle name="elder" label="长者模式" hint="大字、宽行距、大按钮和高对比度一起开启" />
        {/* Shown by the page script on pages with a report to read. */}
        <div data-report-only hidden>
          <ReadAloudControls idSuffix="panel" />
        </div>
        <div className="settings-actions">
          <button type="button" className="chip" data-action="prefs-reset">
            重置
          </button>
          <button type="button" className="chip" data-action="settings-close">
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
