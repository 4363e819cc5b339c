import { isCountName, isNotApplicableName, isRateName, isTimeName } from '../../src/core/rules/names';

// The cheap first look at a name's last character must never turn away a name the full test takes.
describe('indicator names by meaning', () => {
  it.each([
    ['项目完成时间', true],
    ['资金拨付时限', true],
    ['验收日期', true],
    ['建设期限', true],
    ['完成时点', true],
    ['项目完成时间（天）', true],
    ['项目完成时间 ', true],
    ['完成 时间', true],
    ['项目完成及时率', false],
    ['资金拨付及时性', false],
    ['第1项指标', false],
    ['时间节点完成情况', false],
  ])('isTimeName(%s) is %s', (name, expected) => {
    expect(isTimeName(name)).toBe(expected);
  });

  it.each([
    ['群众满意度', true],
    ['设备完好率', true],
    ['设备完好率（%）', true],
    ['设备完好率 ', true],
    ['检查频率', false],
    ['满意度测评得分', false],
    ['第1项指标', false],
  ])('isRateName(%s) is %s', (name, expected) => {
    expect(isRateName(name)).toBe(expected);
  });

  // bare() passes most names through untouched: these need its numbering, bracket, space and folding.
  it.each([
    ['无', true],
    ['指标1：无', true],
    ['指标１：无', true],
    ['无 ', true],
    ['／', true],
    ['不适用（无）', true],
    ['无人机巡查次数', false],
  ])('isNotApplicableName(%s) is %s', (name, expected) => {
    expect(isNotApplicableName(name)).toBe(expected);
  });

  it.each([
    ['培训人次', true],
    ['培训人次（人次）', true],
    ['培训 人次', true],
    ['培训经费', false],
  ])('isCountName(%s) is %s', (name, expected) => {
    expect(isCountName(name)).toBe(expected);
  });
});
