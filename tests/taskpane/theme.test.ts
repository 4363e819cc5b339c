import { isDarkBackground } from '../../src/taskpane/theme';

describe('the pane follows Office’s theme', () => {
  it.each([
    ['#1f1f1f', true],
    ['#262626', true],
    ['#ffffff', false],
    ['#f3f2f1', false],
    ['', false],
    [undefined, false],
    ['not a colour', false],
  ])('%s is dark: %s', (color, dark) => {
    expect(isDarkBackground(color)).toBe(dark);
  });
});
