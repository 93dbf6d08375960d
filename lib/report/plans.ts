/** Words of a heading over plans (2024年工作安排, 下一步工作打算, “十四五”时期奋斗目标和主要任务). */
const PLAN_WORDS = /安排|打算|思路|展望|下一步|今后|明年|来年|新的一年|奋斗目标|预期目标|工作计划/;
/** Words of a heading over results (2023年工作回顾, 主要成效), which never states plans. */
const REVIEW_WORDS = /回顾|成绩|成效|成果|情况|总结|进展/;

/**
 * Whether a section or part heading announces plans rather than results: plan wording, or a
 * year after the one reported on (2024年主要工作 in a report on 2023). Quantities under such a
 * heading are targets.
 */
export function isPlanHeading(title: string, reportYear: number | null): boolean {
  if (REVIEW_WORDS.test(title)) return false;
  const year = /(\d{4})\s*年/.exec(title)?.[1];
  return PLAN_WORDS.test(title) || (reportYear !== null && year !== undefined && Number(year) > reportYear);
}
