import { memoByText } from '../src/core/memo';

describe('memoByText', () => {
  test('works a text out once, null included, and keeps at most `limit` texts', () => {
    const seen: string[] = [];
    const f = memoByText(3, (text) => (seen.push(text), text.startsWith('无') ? null : text.length));
    expect([f('年度'), f('年度'), f('无'), f('无')]).toEqual([2, 2, null, null]);
    expect(seen).toEqual(['年度', '无']);
    f('一');
    // Three texts kept: a fourth drops them all, so the first is worked out again.
    f('二');
    f('年度');
    expect(seen).toEqual(['年度', '无', '一', '二', '年度']);
  });
});
