/**
 * Writes src/core/lexicon/traditional.json: each traditional character and the simplified one it
 * is read as, from OpenCC's TSCharacters table (opencc-js, a dev dependency; the first simplified
 * form where it gives several). Only characters are kept, no phrases: labels and categories are
 * matched character by character, and the whole table is ~4,000 pairs where opencc-js's converter
 * with its phrase tables weighs 110 KB. Run again when opencc-js is updated:
 *   npx tsx scripts/make-traditional.ts
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';

// The package's exports name no package.json: found from its main file, dist/umd/full.js.
const root = path.resolve(path.dirname(require.resolve('opencc-js')), '..', '..');
const source = path.join(root, 'dist', 'esm-lib', 'dict', 'TSCharacters.js');
const text = readFileSync(source, 'utf8');
const body = /export default "([^"]*)"/.exec(text);
if (!body) throw new Error(`no table in ${source}`);
let pairs = '';
let count = 0;
for (const entry of body[1].split('|')) {
  const [from, to] = entry.split(' ');
  // One character to one: a traditional form with no simplified one of a single character is left as it is.
  if (!from || !to || [...from].length !== 1 || [...to].length !== 1 || from === to) continue;
  pairs += from + to;
  count++;
}
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
const out = { source: `OpenCC TSCharacters (opencc-js ${version}): scripts/make-traditional.ts`, count, pairs };
writeFileSync(path.join(__dirname, '..', 'src', 'core', 'lexicon', 'traditional.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`traditional.json: ${count} characters`);
