/**
 * ESLint-style rule tests: each case is a table; valid cases must raise nothing from the rule,
 * invalid cases exactly the listed findings (cell, and message id or values where given).
 */
import { WeightSplit } from '../../src/core/compute/scoring';
import { Grid } from '../../src/core/grid/grid';
import { recognizeSheet } from '../../src/core/recognize/recognize';
import { ProfileId } from '../../src/core/rules/profiles';
import { RULES } from '../../src/core/rules/registry';
import { Finding, Lang, Rule } from '../../src/core/rules/rule';
import { checkTable } from '../../src/core/validate';
import { SheetSpec, toGrid } from './tables';

export interface RuleCase {
  name: string;
  table: SheetSpec | Grid;
  profile?: ProfileId;
  /** Self-evaluation weight split; the profile's when absent. */
  weights?: WeightSplit;
}

export interface ExpectedFinding {
  cell: string;
  /** Substring the zh-CN message must contain. */
  message?: string;
  related?: string;
  expected?: Finding['expected'];
  actual?: Finding['actual'];
  /** The offered patches, compared whole. */
  fix?: Finding['fix'];
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Runs only `rule` over the single table the case holds. */
export function runOnly(rule: Rule, c: RuleCase, lang: Lang = 'zh-CN'): Finding[] {
  const grid = c.table instanceof Grid ? c.table : toGrid(c.table);
  const tables = recognizeSheet(grid);
  if (tables.length !== 1) throw new Error(`case "${c.name}": expected one table, recognised ${tables.length}`);
  const only = Object.fromEntries(RULES.map((r) => [r.meta.code, r === rule]));
  return checkTable(tables[0], { profile: c.profile, weights: c.weights, lang, rules: only });
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.code, () => {
    it('is registered with metadata and messages in both languages', () => {
      expect(RULES).toContain(rule);
      expect(rule.meta.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const text of [rule.meta.docs, ...Object.values(rule.meta.messages)]) {
        expect(text['zh-CN'].length).toBeGreaterThan(0);
        expect(text['en-US'].length).toBeGreaterThan(0);
      }
    });

    if (cases.valid.length > 0) {
      it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_n, c) => {
        expect(runOnly(rule, c)).toEqual([]);
      });
    }

    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_n, c) => {
      const found = runOnly(rule, c);
      expect(found.map((f) => f.cell)).toEqual(c.findings.map((f) => f.cell));
      found.forEach((f, i) => {
        const want = c.findings[i];
        expect(f.code).toBe(rule.meta.code);
        expect(f.severity).toBe(rule.meta.severity);
        if (want.message !== undefined) expect(f.message).toContain(want.message);
        if (want.related !== undefined) expect(f.related).toBe(want.related);
        if ('expected' in want) expect(f.expected).toEqual(want.expected);
        if ('actual' in want) expect(f.actual).toEqual(want.actual);
        if ('fix' in want) expect(f.fix).toEqual(want.fix);
      });
      // Every placeholder is filled, in both languages.
      for (const f of [...found, ...runOnly(rule, c, 'en-US')]) expect(f.message).not.toMatch(/\{\{|\}\}|undefined/);
    });
  });
}
