import { promises as fs } from 'fs';
import path from 'path';

/** A path to validate, or one that failed before any file was opened. */
export type Input = { file: string } | { file: string; failure: 'not-found' | 'no-xlsx' };

/** Expands arguments: files as given, folders into every .xlsx below them (sorted, Excel lock files skipped). */
export async function collectInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat) inputs.push({ file: arg, failure: 'not-found' });
    else if (!stat.isDirectory()) inputs.push({ file: arg });
    else {
      const found = await walk(arg);
      if (found.length === 0) inputs.push({ file: arg, failure: 'no-xlsx' });
      for (const file of found) inputs.push({ file });
    }
  }
  return inputs;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) out.push(p);
  }
  return out;
}
