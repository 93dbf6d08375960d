import { onClick } from './dom';

/** 打印, 复制链接, 更多方式 (the system share sheet) and the 微信 QR dialog. */
export function initShare(): void {
  onClick('[data-action="print"]', () => window.print());

  onClick('[data-action="copy-link"]', (button) => {
    const url = button.dataset.url ?? location.href;
    const status = button.nextElementSibling?.matches('[role="status"]') ? button.nextElementSibling : null;
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    navigator.clipboard.writeText(url).then(() => say('链接已复制'), () => say(`无法自动复制，请手动复制：${url}`));
  });

  onClick('[data-action="native-share"]', (button) => {
    navigator.share({ url: button.dataset.url, title: button.dataset.title }).catch(() => undefined);
  });

  onClick('[data-action="open-dialog"]', (button) => {
    const dialog = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (dialog instanceof HTMLDialogElement) dialog.showModal();
  });
}
