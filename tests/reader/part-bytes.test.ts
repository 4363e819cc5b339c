/** Parts written straight into UTF-8 bytes read back as the text they were built from. */
import { PartBytes } from '../../src/hosts/file/part-bytes';

const read = (b: Uint8Array) => new TextDecoder().decode(b);

test('constants, text (Chinese, astral) and numbers, in order', () => {
  const tag = PartBytes.encode('<c r="');
  const part = new PartBytes().bytes(tag).text('G12').text('" 指标“第1项”𠀀').number(0).number(1048576).number(-3);
  expect(read(part.done())).toBe('<c r="G12" 指标“第1项”𠀀01048576-3');
});

test('grows past its first buffer without losing what was written', () => {
  const part = new PartBytes();
  const line = '预算绩效目标表 row ';
  let expected = '';
  for (let i = 0; i < 20_000; i++) {
    part.text(line).number(i);
    expected += line + i;
  }
  const bytes = part.done();
  expect(bytes.length).toBe(new TextEncoder().encode(expected).length);
  expect(read(bytes)).toBe(expected);
});

test.each([0, 7, 9, 10, 99, 100, 1_000_000, 16_384, Number.MAX_SAFE_INTEGER, -1, 1.5, 1e21])('number(%p) writes what String() gives', (n) => {
  expect(read(new PartBytes().text('x').number(n).text('y').done())).toBe(`x${String(n)}y`);
});
