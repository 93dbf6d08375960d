import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openPage, REPORT_PATH } from './helpers';

/** Replaces speech synthesis with a recorder the test advances by hand. */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    type U = { text: string; lang: string; onstart?: () => void; onend?: () => void };
    const log: { spoken: string[]; queue: U[]; paused: boolean; cancelled: number } = { spoken: [], queue: [], paused: false, cancelled: 0 };
    let finishing = false;
    class Utterance {
      text: string;
      lang = '';
      voice: unknown = null;
      onstart?: () => void;
      onend?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      speak(u: U) {
        log.queue.push(u);
        // The first utterance starts by itself; later ones start when the test finishes the one before.
        if (log.queue.length === 1 && !finishing) setTimeout(() => { log.spoken.push(u.text); u.onstart?.(); }, 0);
      },
      pause() { log.paused = true; },
      resume() { log.paused = false; },
      cancel() { log.cancelled += 1; log.queue = []; },
      getVoices() { return []; },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    (window as unknown as { speech: typeof log; finishUtterance: () => void }).speech = log;
    (window as unknown as { finishUtterance: () => void }).finishUtterance = () => {
      const u = log.queue.shift();
      finishing = true;
      u?.onend?.();
      finishing = false;
      const next = log.queue[0];
      if (next) { log.spoken.push(next.text); next.onstart?.(); }
    };
  });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: { spoken: string[] } }).speech.spoken);
const highlighted = (page: Page) => page.evaluate(() => {
  const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('read-aloud');
  return h ? [...h].map((r) => r.toString()) : [];
});
const finish = (page: Page) => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());

test.describe('read aloud', () => {
  test('reads a section sentence by sentence, in order, highlighting each sentence as it is spoken', async ({ page }) => {
    await stubSpeech(page);
    await openPage(page, REPORT_PATH);
    const sectionText = await page.locator('#section-4').evaluate((el) =>
      [...el.querySelectorAll('h2, h3, p:not(.back-to-toc)')].map((n) => n.textContent ?? '').join(''));
    await page.getByRole('button', { name: /^朗读本部分：四、/ }).click();
    // The stub starts the first utterance a task after speak(), as a real synthesiser does
    // some time after it: wait for it, or the loop below may look before anything was said.
    await expect.poll(() => spoken(page)).not.toEqual([]);
    const heard: string[] = [];
    for (let i = 0; i < 60; i++) {
      const said = await spoken(page);
      if (said.length === heard.length) break;
      heard.push(said.at(-1)!);
      expect(await highlighted(page)).toEqual([said.at(-1)]);
      await finish(page);
    }
    expect(heard[0]).toBe('四、强化监管力度,守住公正文明执法“生命线”');
    expect(heard.join('')).toBe(sectionText.replace(/\s+/g, ''));
    expect(heard.length).toBeGreaterThan(10);
    expect(await highlighted(page)).toEqual([]);
  });

  test('pause, continue and stop work, and stop clears the highlight', async ({ page }) => {
    await stubSpeech(page);
    await openPage(page, REPORT_PATH);
    const group = page.getByRole('group', { name: '朗读' }).first();
    await group.getByRole('button', { name: '朗读全文' }).click();
    await expect.poll(() => spoken(page)).toEqual(['2023年,梧州市坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,深入贯彻落实习近平总书记对广西重大方略要求,以切实增强人民群众获得感、幸福感为目标,将法治融入经济社会发展全过程各方面,首创首席法律咨询专家制度,努力推进法治政府建设,为加快打造“一极三城”建设“四个梧州”提供坚强法治支撑。']);
    await finish(page);
    expect((await spoken(page))[1]).toBe('一、加强党的全面领导,把稳法治政府建设“方向盘”');
    await group.getByRole('button', { name: '暂停' }).click();
    expect(await page.evaluate(() => (window as unknown as { speech: { paused: boolean } }).speech.paused)).toBe(true);
    await group.getByRole('button', { name: '继续' }).click();
    expect(await page.evaluate(() => (window as unknown as { speech: { paused: boolean } }).speech.paused)).toBe(false);
    await group.getByRole('button', { name: '停止' }).click();
    expect(await highlighted(page)).toEqual([]);
    await expect(group.getByRole('button', { name: '停止' })).toBeDisabled();
    expect(await page.evaluate(() => (window as unknown as { speech: { cancelled: number } }).speech.cancelled)).toBeGreaterThan(0);
  });

  test('the controls are not offered where speech synthesis does not exist', async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    });
    await openPage(page, REPORT_PATH);
    await expect(page.locator('html')).toHaveAttribute('data-speech', 'off');
    await expect(page.getByRole('button', { name: '朗读全文' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: /^朗读本部分/ }).first()).toBeHidden();
  });
});

test.describe('the contents list follows the reader', () => {
  const current = (page: Page) => page.locator('#contents a[aria-current="true"]');

  test('marks the section being read as the reader scrolls, including the short last part', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, REPORT_PATH);
    for (const id of ['section-2', 'section-5', 'section-7']) {
      await page.locator(`#${id} h2`).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10));
      await expect(current(page)).toHaveAttribute('href', `#${id}`);
    }
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(current(page)).toHaveAttribute('href', '#closing');
    await expect(current(page)).toHaveCSS('font-weight', '700');
  });

  test('after a reload at a part of the report, that part is marked without the reader scrolling', async ({ page }) => {
    // The tracker starts at idle time, not at load: it must still find the part in view.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, REPORT_PATH);
    await page.locator('#section-5 h2').evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10));
    await expect(current(page)).toHaveAttribute('href', '#section-5');
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(current(page)).toHaveAttribute('href', '#section-5');
    await expect(current(page)).toHaveCount(1);
  });

  test('opening the page at #section-id marks that section', async ({ page }) => {
    await openPage(page, `${REPORT_PATH}#section-7`);
    await expect(current(page)).toHaveAttribute('href', '#section-7');
    await expect(current(page)).toHaveCount(1);
  });

  test('stays beside the text on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPage(page, REPORT_PATH);
    await page.locator('#section-6 h2').scrollIntoViewIfNeeded();
    await expect(page.getByRole('navigation', { name: '目录' })).toBeInViewport();
  });
});
