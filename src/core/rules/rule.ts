import { Patch } from '../compute/patch';
import { PerformanceTable } from '../model/table';
import { ScoringSettings } from '../compute/scoring';
import { Profile } from './profiles';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** Most severe first. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** What a rule looks at, for grouping findings in the pane. */
export type Category = 'amounts' | 'completeness' | 'taxonomy' | 'targets' | 'text' | 'scores';

export type Localized = Record<Lang, string>;

export interface RuleMeta {
  /** Stable kebab-case id; never changes meaning once released. */
  code: string;
  severity: Severity;
  category: Category;
  /** One line on what the rule checks. */
  docs: Localized;
  /** Message templates by message id; `{{name}}` placeholders are filled from the report's data. */
  messages: Record<string, Localized>;
  /**
   * Judges what stands above or around the indicator list (goal, totals, the categories present):
   * not run on a table that starts inside its list (`PerformanceTable.fragment`).
   */
  wholeTable?: boolean;
}

export type MessageData = Record<string, string | number>;

export interface Report {
  /** Key into `meta.messages`; `default` when omitted. */
  messageId?: string;
  cell: string;
  related?: string;
  data?: MessageData;
  expected?: number | string;
  actual?: number | string | null;
  fix?: Patch[];
}

export interface RuleContext {
  table: PerformanceTable;
  profile: Profile;
  /** Weights, bands and grades of self-evaluation tables. */
  scoring: ScoringSettings;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Walks a table's rows with an index (`for (let i = 0; …)`), not for…of: a rule runs once per
   * table, so its loop runs unoptimised for a while, and there for…of makes an object per row
   * (16 of the 141 MB made while checking the merge-heavy bench file).
   */
  check(context: RuleContext): void;
}

/** Typed identity, so each rule module reads as a declaration. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  related?: string;
  message: string;
  expected?: number | string;
  actual?: number | string | null;
  fix?: Patch[];
  /** The sheet hides the cell's row, or its column: a reviewer looking at the sheet does not see it. */
  hidden?: 'row' | 'column';
}
