/**
 * A reconciliation rule: a check across two or more tables, self-describing like the single-table
 * rules (code, severity, docs, messages in both languages). Its findings sit at a cell of the
 * reviewed table and name the other table's file, sheet and cell.
 */
import { Category, Localized, MessageData, Severity } from '../rules/rule';
import { IndicatorPairing } from './pair-indicators';
import { LocatedTable, Relation, TablePair } from './pair-tables';

export interface ReconcileMeta {
  code: string;
  severity: Severity;
  category: Category;
  /** The relations it applies to. */
  relations: readonly Relation[];
  docs: Localized;
  messages: Record<string, Localized>;
}

export interface ReconcileReport {
  messageId?: string;
  /** A1 cell of the reviewed table. */
  cell: string;
  /** The other table and its cell, when there is one to name. */
  related?: { table: LocatedTable; cell: string };
  data?: MessageData;
  expected?: number | string;
  actual?: number | string | null;
}

export interface ReconcileContext {
  pair: TablePair;
  /** Indicators of the reviewed table against the (first) other table's. */
  indicators: IndicatorPairing;
  report(report: ReconcileReport): void;
}

export interface ReconcileRule {
  meta: ReconcileMeta;
  check(context: ReconcileContext): void;
}

export function defineReconcileRule(rule: ReconcileRule): ReconcileRule {
  return rule;
}
