/** The engine's public surface, for the task pane, the preview and other embedders. */
export { Grid } from './grid/grid';
export type { CellValue, GridCell, GridInit } from './grid/grid';
export { recognizeSheet } from './recognize/recognize';
export { checkTable, validateGrid } from './validate';
export type { TableResult, ValidateOptions } from './validate';
export { reportSheet, summarize, summarizeTable, exitStatus } from './report/report';
export type { FileReport, SheetReport, Summary, TableSummary, ValidationReport } from './report/report';
export { RULES, RULES_BY_CODE } from './rules/registry';
export type { Finding, Lang, Severity, Category, Rule, RuleMeta } from './rules/rule';
export { getProfile, PROFILE_IDS } from './rules/profiles';
export type { ProfileId } from './rules/profiles';
export { parseTarget } from './model/target-value';
export type { TargetValue } from './model/target-value';
export type { PerformanceTable } from './model/table';
export type { Patch } from './compute/patch';
export { translator } from './i18n/i18n';
