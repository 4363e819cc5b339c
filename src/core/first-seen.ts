/**
 * For each key (a group number and a text), where it was first met: for finding repeats among a
 * large table's names. A Map of names per group cost the merge-heavy table ×20 (840,000 indicator
 * names, 8 groups) 377 ms, five times its cost at a third of the size: a lookup in a Map that large
 * reads stored strings scattered over the heap, and the Map is copied as it grows. Here the keys
 * are hashed in one pass, dealt by their hash's top bits into buckets of a few thousand, and each
 * bucket looked through with a table small enough to stay in the processor's cache; a stored text
 * is read only when two hashes match. Linear in the keys: the rule on that table 377 → 218 ms, 48 of
 * them here.
 */
export function firstOccurrences(groups: ArrayLike<number>, texts: readonly string[]): Int32Array {
  const n = texts.length;
  const first = new Int32Array(n).fill(-1);
  if (n <= FEW) {
    // A small table's few names (most of a batch's tables): compared pairwise, nothing more allocated.
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < i; j++) {
        if (groups[j] === groups[i] && texts[j] === texts[i]) {
          first[i] = j;
          break;
        }
      }
    }
    return first;
  }
  const hashes = new Int32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hashOf(groups[i], texts[i]);
  // Buckets of ~BUCKET keys, dealt by the hash's top bits, each keeping the keys' order.
  let bits = 0;
  while (bits < 16 && n >> bits > BUCKET) bits++;
  const shift = 32 - bits;
  const bucketOf = (h: number): number => (bits === 0 ? 0 : h >>> shift);
  const starts = new Int32Array((1 << bits) + 1);
  for (let i = 0; i < n; i++) starts[bucketOf(hashes[i]) + 1]++;
  for (let b = 0; b < 1 << bits; b++) starts[b + 1] += starts[b];
  const order = new Int32Array(n);
  const next = starts.slice(0, 1 << bits);
  for (let i = 0; i < n; i++) order[next[bucketOf(hashes[i])]++] = i;
  // One open-addressed table of key positions (+1; 0 empty), at most half full, reused per bucket.
  let largest = 0;
  for (let b = 0; b < 1 << bits; b++) largest = Math.max(largest, starts[b + 1] - starts[b]);
  let size = 16;
  while (size < 2 * largest) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let b = 0; b < 1 << bits; b++) {
    for (let k = starts[b]; k < starts[b + 1]; k++) {
      const i = order[k];
      const h = hashes[i];
      for (let s = h & mask; ; s = (s + 1) & mask) {
        const at = slots[s] - 1;
        if (at < 0) {
          slots[s] = i + 1;
          break;
        }
        if (hashes[at] === h && groups[at] === groups[i] && texts[at] === texts[i]) {
          first[i] = at;
          break;
        }
      }
    }
    slots.fill(0);
  }
  return first;
}

/** Up to this many keys, each is compared with those before it. */
const FEW = 32;

/** Keys per bucket, about: 2 × this many slots of 4 bytes stay in a core's cache. */
const BUCKET = 4096;

/** FNV-1a over the group and the text's code units, its bits then mixed (murmur3's finaliser): buckets take the top bits, slots the low ones. */
export function hashOf(group: number, text: string): number {
  let h = Math.imul(0x811c9dc5 ^ group, 0x01000193);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
