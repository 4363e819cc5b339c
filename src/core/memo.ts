/**
 * A function of a text, worked out once per distinct text and kept: labels, targets, names, years
 * and number formats repeat down a large table and across a batch's tables. What it gives is
 * shared by every caller, so it must never be mutated. The table is dropped whole once it holds
 * `limit` texts: memory stays bounded whatever a workbook holds.
 */
export function memoByText<V>(limit: number, compute: (text: string) => V): (text: string) => V {
  const known = new Map<string, V>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = compute(text);
      known.set(text, value);
    }
    return value;
  };
}
