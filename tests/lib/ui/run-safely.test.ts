import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSafely } from '@/lib/ui/run-safely';

describe('runSafely', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs a control and hands back its cleanup', () => {
    const log: string[] = [];
    const cleanUp = runSafely('目录', () => {
      log.push('set up');
      return () => log.push('cleaned up');
    });
    cleanUp();
    expect(log).toEqual(['set up', 'cleaned up']);
  });

  it('keeps a failing set-up or cleanup from reaching the page, naming the control in the console', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const cleanUp = runSafely('目录', () => { throw new URIError('URI malformed'); });
    expect(() => cleanUp()).not.toThrow();
    expect(() => runSafely('数据出处', () => () => { throw new Error('gone'); })()).not.toThrow();
    expect(console.mock.calls.map((call) => call[0])).toEqual(['控件“目录”出错，已停用：', '控件“数据出处”出错，已停用：']);
  });
});
