/** A change to one cell, offered as a fix; hosts apply patches, the engine never writes. */
export type Patch =
  | { op: 'set-value'; sheet: string; cell: string; value: number | string }
  /** `value` is what the formula computes now, for hosts that show it without recalculating. */
  | { op: 'set-formula'; sheet: string; cell: string; formula: string; value?: number };

/** What a patch writes, as a person would type it: the formula, or the value. */
export function patchText(patch: Patch): string {
  return patch.op === 'set-formula' ? patch.formula : String(patch.value);
}
