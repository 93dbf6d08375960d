import { IDS } from '@/lib/ui/ids';
import { DEFAULT_FONT, DEFAULT_PREFS } from '@/lib/ui/prefs';
import type { Prefs } from '@/lib/ui/prefs';
import { all, onClick } from './dom';
import { currentPrefs, onPrefsChange, updatePrefs } from './prefs';

type FlagName = keyof Pick<Prefs, 'contrast' | 'cursor' | 'elder'>;

/** Marks the chosen font step pressed on every 字号 group (toolbar and panel). */
function showFontStep(font: number): void {
  for (const button of all('[data-font-step]')) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.fontStep) === font));
  }
}

/** Shows the reader's settings on every control: pressed font step, checked boxes, spacing. */
function showPrefs(prefs: Prefs): void {
  showFontStep(prefs.font);
  for (const box of all<HTMLInputElement>('input[type="checkbox"][data-pref]')) {
    box.checked = prefs[box.dataset.pref as FlagName] === true;
  }
  for (const radio of all<HTMLInputElement>('input[type="radio"][data-pref="spacing"]')) {
    radio.checked = String(prefs.spacing || prefs.elder) === radio.value;
    radio.disabled = prefs.elder;
  }
}

/**
 * 字号 buttons (toolbar and panel) and the header's 无障碍 panel: a disclosure that moves
 * focus into the panel, closes on Esc or 关闭设置 and gives focus back to its button.
 */
export function initReadingSettings(): void {
  // At load only the pressed 字号 step can be stale: the server marks 中, the preload script
  // may have applied another step from storage (and <html data-font> already styles it). The
  // panel's boxes are brought up to date when it opens, so a first visit changes nothing.
  const font = Number(document.documentElement.dataset.font);
  if (Number.isInteger(font) && font !== DEFAULT_FONT) showFontStep(font);
  onPrefsChange(showPrefs);
  onClick('[data-font-step]', (button) => updatePrefs({ font: Number(button.dataset.fontStep) }));

  const panel = document.getElementById(IDS.settings);
  const toggle = document.querySelector<HTMLElement>('[data-action="settings-toggle"]');
  // One page, one panel: the header's.
  if (!panel || !toggle) return;
  const setOpen = (open: boolean) => {
    if (open) {
      showPrefs(currentPrefs());
      if (document.querySelector('.report-body')) {
        for (const part of all('[data-report-only]', panel)) part.hidden = false;
      }
    }
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) panel.focus();
  };
  const close = () => {
    setOpen(false);
    toggle.focus();
  };
  onClick('[data-action="settings-toggle"]', () => setOpen(panel.hidden), '阅读设置');
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  panel.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const name = input.dataset.pref;
    if (name === 'spacing') updatePrefs({ spacing: input.value === 'true' });
    else if (name === 'elder') updatePrefs(input.checked ? { elder: true, font: Math.max(currentPrefs().font, 3) } : { elder: false });
    else if (name === 'contrast' || name === 'cursor') updatePrefs({ [name]: input.checked });
  });
  onClick('[data-action="prefs-reset"]', () => updatePrefs(DEFAULT_PREFS));
  onClick('[data-action="settings-close"]', close);
}
