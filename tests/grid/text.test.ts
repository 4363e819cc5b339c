/** The code-unit tests that hot paths use instead of making a one-character string and matching it. */
import { FOLDABLE, isFoldable, isWhite } from '../../src/core/grid/text';

test('isFoldable agrees with FOLDABLE on every UTF-16 code unit', () => {
  const disagree: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isFoldable(c) !== FOLDABLE.test(String.fromCharCode(c))) disagree.push(c.toString(16));
  expect(disagree).toEqual([]);
});

test('isWhite agrees with \\s and trim() on every UTF-16 code unit', () => {
  const disagree: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = String.fromCharCode(c);
    if (isWhite(c) !== /\s/.test(s) || isWhite(c) !== (s.trim() === '')) disagree.push(c.toString(16));
  }
  expect(disagree).toEqual([]);
});
