import { describe, expect, it } from 'vitest';
import { readDateLine, readTitleYear } from '@/lib/import/dates';

describe('readDateLine', () => {
  it('reads a date written with Arabic digits', () => {
    expect(readDateLine('2024年1月20日')).toEqual({ year: 2024, month: 1, day: 20 });
  });

  it('reads a date written in Chinese numerals', () => {
    expect(readDateLine('二〇二四年三月三十一日')).toEqual({ year: 2024, month: 3, day: 31 });
  });

  it('refuses a date that does not exist', () => {
    expect(readDateLine('2023年2月30日')).toBeNull();
  });

  it('refuses a line that only starts with a date', () => {
    expect(readDateLine('2024年1月20日，召开会议。')).toBeNull();
  });
});

describe('readTitleYear', () => {
  it('reads the year of 年度 in a title', () => {
    expect(readTitleYear('梧州市2023年度法治政府建设工作报告')).toBe(2023);
  });

  it('reads a year written in Chinese numerals', () => {
    expect(readTitleYear('某县二〇二三年法治政府建设情况')).toBe(2023);
  });
});
