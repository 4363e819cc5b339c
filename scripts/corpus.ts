/**
 * `npx tsx scripts/corpus.ts show <id>`: a corpus table's cells with their A1 addresses, one line
 * a cell, and its merges; for writing expected.json by hand. It never runs the checker.
 * `npx tsx scripts/corpus.ts lint`: every table.json / expected.json well formed (addresses inside
 * the sheet, codes known, merges not overlapping).
 */
import path from 'path';
import { toA1, parseRange } from '../src/core/grid/address';
import { CORPUS_DIR, loadCorpus, loadEntry } from '../tests/support/corpus';
import { corpusProblems } from '../tests/support/corpus-lint';

const [cmd, id] = process.argv.slice(2);
if (cmd === 'show' && id) {
  const { table } = loadEntry(path.join(CORPUS_DIR, id));
  console.log(`${table.title}\n${table.url}\n${table.region} · ${table.year} · ${table.family} · ${table.layout}${table.truncated ? ' · TRUNCATED' : ''}`);
  for (const sheet of table.sheets) {
    console.log(`\n== sheet ${sheet.name}`);
    const covered = new Map<string, string>();
    for (const m of sheet.merges ?? []) {
      const r = parseRange(m);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.set(toA1(row, col), m);
    }
    sheet.rows.forEach((row, r) => {
      const parts: string[] = [];
      (row ?? []).forEach((v, c) => {
        if (v === null || v === '' || v === undefined) return;
        const a1 = toA1(r, c);
        const fmt = sheet.formats?.[a1];
        parts.push(`${a1}=${JSON.stringify(v)}${fmt ? ` [${fmt}]` : ''}${covered.has(a1) ? ` (COVERED by ${covered.get(a1)}!)` : ''}`);
      });
      console.log(`${String(r + 1).padStart(3)}: ${parts.join('  ')}`);
    });
    console.log(`merges: ${(sheet.merges ?? []).join(' ')}`);
  }
} else if (cmd === 'lint') {
  const entries = id ? [loadEntry(path.join(CORPUS_DIR, id))] : loadCorpus();
  let bad = 0;
  for (const e of entries) for (const p of corpusProblems(e)) { console.log(`${e.id}: ${p}`); bad++; }
  console.log(`${entries.length} tables, ${bad} problems`);
  process.exitCode = bad ? 1 : 0;
} else {
  console.error('usage: tsx scripts/corpus.ts show <id> | lint [id]');
  process.exitCode = 2;
}
