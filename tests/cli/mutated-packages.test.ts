/**
 * Crafted packages, in bulk: parts of real-looking workbooks cut, doubled, truncated and spliced
 * with hostile fragments (areas past the sheet, rows past Excel's last, shared strings and styles
 * that do not exist, broken references and entities). Whatever the bytes, a file gets a report or
 * a read error of its own (corrupt, too-large …), never an engine failure, and reconciling what was
 * read never throws. Seeded, so a failure names a case that can be run again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { translator } from '../../src/core/i18n/i18n';
import '../../src/cli/messages';
import { validateFile } from '../../src/cli/validate-files';
import { pairingKeeper, reconcileFiles } from '../../src/cli/reconcile-files';
import { LocatedTable } from '../../src/core/reconcile/pair-tables';
import { departmentTable, projectTable, toXlsx } from '../support/tables';
import { selfEvaluationTable } from '../support/self-evaluation';

/** What a mutated file may answer: a report (no code) or one of the reader's own refusals. */
const READ_FAILURES = new Set(['corrupt', 'too-large', 'no-sheets', 'not-xlsx', 'empty-file']);

const FRAGMENTS = [
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  '<mergeCell ref="ZZZZ1:A1"/>',
  '<row r="0">',
  '<row r="99999999">',
  '<c r="A1" t="s"><v>99999999</v></c>',
  '<c r="XFD1048576"><v>1</v></c>',
  '<c r="A1048577"><v>1</v></c>',
  '<c r="A1" s="99999"><v>1</v></c>',
  '<c r="A1" t="inlineStr"><is><t>x</t></is></c>',
  '<c r="A1" t="d"><v>2023-13-45</v></c>',
  '<c r="A1" t="b"><v>2</v></c>',
  '<c><v>3</v></c>',
  '<f t="shared" si="0"/>',
  '<f t="shared" ref="A1:A9" si="0">A1+1</f>',
  '<v>1e308</v>',
  '<v>NaN</v>',
  '<si><r><t>a</t></r><r><t>b</t></r></si>',
  '<rPh><t>x</t></rPh>',
  '</sheetData>',
  '<sheetData>',
  '<xf numFmtId="999"/>',
  '<numFmt numFmtId="164" formatCode="0.00%"/>',
  '<sheet name="x" sheetId="9" r:id="rId99"/>',
  '<col min="1" max="16384" width="9e9"/>',
  '&#0;',
  '&#x110000;',
  '<![CDATA[x]]>',
  '\u0000',
];

type Mutation =
  | { op: 'cut' | 'double'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; fragment: number }
  | { op: 'attribute'; at: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('cut' as const, 'double' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(300) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), fragment: fc.nat(FRAGMENTS.length - 1) }),
  fc.record({ op: fc.constant('attribute' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.constantFrom('', '-1', '0', 'ZZZ', '1:', 'A0', ' ', '4294967296', '&lt;') }),
);

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'double':
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
    case 'splice': {
      // At a tag's start, where a fragment is read as markup rather than as text.
      const lt = text.indexOf('<', at);
      const p = lt < 0 ? at : lt;
      return text.slice(0, p) + FRAGMENTS[m.fragment] + text.slice(p);
    }
    case 'attribute': {
      // Into the next attribute value: an address, an index, a count.
      const q = text.indexOf('"', at);
      return q < 0 ? text : text.slice(0, q + 1) + m.value + text.slice(q + 1);
    }
  }
}

let dir: string;
let seeds: Record<string, Uint8Array>[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-mutated-'));
  seeds = [
    unzipSync(new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', 'futian-2022-department-targets.xlsx')))),
    unzipSync(new Uint8Array(await toXlsx([departmentTable(), projectTable()]))),
    unzipSync(new Uint8Array(await toXlsx([selfEvaluationTable(), { ...selfEvaluationTable({ layout: 'sichuan', kind: 'department' }), name: '四川' }]))),
  ];
});

it('a mutated package is reported or refused as such, never an engine failure; reconciling it never throws', async () => {
  const t = translator('en-US');
  await fc.assert(
    fc.asyncProperty(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, partIndex, mutations) => {
      const parts = { ...seeds[which % seeds.length] };
      const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
      const name = names[partIndex % names.length];
      parts[name] = strToU8(mutations.reduce(mutate, strFromU8(parts[name])));
      const file = path.join(dir, 'case.xlsx');
      writeFileSync(file, zipSync(parts, { level: 1 }));
      const keep = pairingKeeper();
      const tables: LocatedTable[] = [];
      // Twice, as a folder holding the file and its copy: each table then has a pair to be compared with.
      for (const input of [file, file]) {
        const { report, tables: found } = await validateFile({ file: input }, {}, t, keep);
        if (report.errorCode !== undefined) expect(`${name}: ${report.errorCode} ${report.error}`).toMatch(new RegExp(`: (${[...READ_FAILURES].join('|')}) `));
        tables.push(...found);
      }
      expect(() => reconcileFiles(tables, 'en-US')).not.toThrow();
    }),
    { seed: 20261204, numRuns: 300 },
  );
});
