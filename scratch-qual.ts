import { loadCorpus, sheetToGrid } from '../work/main/tests/support/corpus';
import { recognizeSheet } from '../work/main/src/core/recognize/recognize';
for (const e of loadCorpus()) {
  const flags = new Map(e.expected.flags.map((f) => [f.cell, f.codes.join('|')]));
  const nots = new Set(e.expected.mustNotFlag.map((f) => f.cell));
  for (const t of recognizeSheet(sheetToGrid(e.table.sheets[0])))
    for (const i of t.indicators?.indicators ?? []) {
      if (i.target.value.kind !== 'qualitative') continue;
      const tag = flags.get(i.target.cell) ?? (nots.has(i.target.cell) ? 'OK!' : '-');
      console.log(`${tag.padEnd(28)} ${i.target.text.slice(0, 50)}   [${i.name.text.slice(0, 20)}]`);
    }
}
