import { IDS } from '@/lib/ui/ids';
import { DEFAULT_PREFS } from '@/lib/ui/prefs';
import type { Prefs } from '@/lib/ui/prefs';
import { all, onClick } from './dom';
import { currentPrefs, updatePrefs, watchPrefs } from './prefs';

type FlagName = keyof Pick<Prefs, 'contrast' | 'cursor' | 'elder'>;

/** Shows the reader's settings on every control: pressed font step, checked boxes, spacing. */
function showPrefs(prefs: Prefs): void {
  for (const button of all('[data-font-step]')) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.fontStep) === prefs.font));
  }
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
  watchPrefs(showPrefs);
  onClick('[data-font-step]', (button) => updatePrefs({ font: Number(button.dataset.fontStep) }));

  const panel = document.getElementById(IDS.settings);
  const toggle = document.querySelector<HTMLElement>('[data-action="settings-toggle"]');
  // One page, one panel: the header's.
  if (!panel || !toggle) return;
  if (document.querySelector('.report-body')) {
    for (const part of all('[data-report-only]', panel)) part.hidden = false;
  }
  const setOpen = (open: boolean) => {
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
