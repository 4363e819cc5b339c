import rule from '../../src/core/rules/unit-mismatch';
import { testRule } from '../support/rule-tester';
import { Cell, IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 目标值 in column G.
 * Project tables: indicator k on row 11 + k, 指标值 in column F.
 * Both declare 单位：万元 unless `unit` says otherwise.
 */
const ind = (l1: string, l2: string, name: string, target: Cell): IndicatorSpec => ({ l1, l2, name, target });
const one = (name: string, target: Cell, l2 = '数量'): IndicatorSpec[] => [ind('产出', l2, name, target)];

testRule(rule, {
  valid: [
    // 吕梁's (ba-sx-lvliang-2021-caregiver-training-eval): the count names what the time follows.
    { name: 'on time after counted events: 考核任务完成及时 | 1-6期培训结束后及时考核', table: departmentTable({ indicators: one('考核任务完成及时', '1-6期培训结束后及时考核', '时效') }) },
    { name: 'on time, counted by its name or as a rate: 按时发放人数 | 230人, 及时发放率 | 100%, 按时发放 | 2023年12月前', table: departmentTable({ indicators: [...one('按时发放人数', '230人', '质量'), ...one('及时发放率', '100%', '质量'), ...one('按时发放', '2023年12月前', '时效')] }) },
    { name: 'persons counted in person-times (服务对象人数 | 100人次): one count', table: departmentTable({ indicators: one('服务对象人数', '100人次') }) },
    { name: 'households in households (受益农户数 | 5000户)', table: departmentTable({ indicators: one('受益农户数', '5000户') }) },
    { name: 'person-times counted in 户 is no 人数 (救助人次数 | 30户: left to the reader)', table: departmentTable({ indicators: one('救助人次数', '30户') }) },
    { name: 'a generic 个 on a 人数 (保障村干部人数 | =42个)', table: departmentTable({ indicators: one('保障村干部人数', '=42个') }) },
    { name: 'counts by meaning with 万: no money-unit warning', table: projectTable({ indicators: [ind('效益', '社会效益', '服务覆盖人口', '≥2万'), ind('效益', '经济效益', '新增就业岗位', '1万')] }) },
    { name: 'a cost in money: 项目总成本 ≤65万元', table: projectTable({ indicators: one('项目总成本', '≤65万元', '成本') }) },
    // `10000万元` typed in a 万元 table says its own unit (corpus b-qingshan-2020-education).
    { name: 'amounts typed with the table’s unit', table: projectTable({ funds: { total: '100万元', parts: [['其中：财政拨款', '100万元']] } }) },
    { name: 'a time indicator with a date', table: projectTable({ indicators: one('项目完成时间', '2023年12月31日前', '时效') }) },
    // 宁德's …资金的供应时效 | 100% (a-fujian-2019-dept-ningde-dangshi, mustNotFlag): 时效 alone is about being on time.
    { name: 'a timeliness (供应时效) and a duration (维持时效 | ≥1年, 设计使用年限 | ≥20年) each as they should be', table: projectTable({ indicators: [...one('资金的供应时效', '100%', '时效'), ...one('维持时效', '≥1年', '可持续影响'), ...one('工程设计使用年限', '≥20年', '质量')] }) },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: '90 万元 in a 万元 table', table: departmentTable({ indicators: one('商协会人才支持资金', '90 万元') }) },
    // A sum too large for the table's unit, written in 亿元 on purpose (n-hb-xiangyang-2021-hospital-eval, i-hainan-provincial-2022-expo).
    { name: '5亿元 of revenue in a 万元 table', table: departmentTable({ indicators: [ind('效益', '经济效益', '医疗收入', '≥5亿元')] }) },
    // t-yn-longyang-2022-fertilizer-eval: 二、化肥减量增效田间试验 ≧15组, then 1、肥料利用率 ≧5组 — a trial's groups.
    {
      name: 'an item of a numbered list under a heading that counts, in its unit, whatever its name',
      table: projectTable({ indicators: [ind('产出', '数量', '二、化肥减量增效田间试验', '≥15组'), ind('产出', '数量', '1、肥料利用率', '≥5组'), ind('产出', '数量', '2、施肥效果', '≥10组')] }),
    },
    // An amount per head is in 元 (p-yn-linxiang-2023-wildlife-shelter-eval 务工人员年人均增收 ≥8400元).
    {
      name: 'per-head amounts in 元 in a 万元 table: 人均增收, 户均补助, 生均公用经费, 每人补贴',
      table: departmentTable({ indicators: ['务工人员年人均增收', '户均补助', '生均公用经费', '每人补贴'].map((name) => ind('效益', '经济效益', name, '≥8400元')) }),
    },
    { name: 'full-width: ９０万元', table: departmentTable({ indicators: one('商协会人才支持资金', '９０万元') }) },
    { name: 'a per-unit amount: 500元/人', table: departmentTable({ indicators: one('人均补助标准', '500元/人', '成本') }) },
    { name: 'a per-unit amount with a comparator: ≤200元/次', table: projectTable({ indicators: one('单次服务成本', '≤200元/次', '成本') }) },
    { name: '900,000元 in a 元 table', table: departmentTable({ unit: '元', indicators: one('商协会人才支持资金', '900,000元') }) },
    { name: '2万套: a multiplier on a count unit', table: departmentTable({ indicators: one('发放政策宣传资料数量', '≥2万套') }) },
    { name: '2万 on a count lacks a count unit (missing-unit’s case), it is no 万元 slip', table: departmentTable({ indicators: one('发放政策宣传资料数量', '2万') }) },
    {
      name: 'rates in %, ‰ and 个百分点',
      table: departmentTable({
        indicators: [
          ind('产出', '质量', '验收通过率', '100%'),
          ind('产出', '质量', '差错率', '≤1‰'),
          ind('效益', '社会效益', '就业率', '提高2个百分点'),
          ind('效益', '社会效益', '覆盖率', '2个百分点'),
          ind('满意度', '服务对象满意度', '企业满意度', '≥90％'),
        ],
      }),
    },
    { name: 'a satisfaction score is not a rate: 满意度测评得分 | ≥90分', table: departmentTable({ indicators: [ind('满意度', '服务对象满意度', '满意度测评得分', '≥90分')] }) },
    { name: 'a count unit on a count: 8家', table: departmentTable({ indicators: one('展会支持对象数', '8家') }) },
    { name: 'no unit at all is missing-unit’s case', table: departmentTable({ indicators: one('数据准确率', '98', '质量') }) },
    { name: 'a share of a count named as a share, an index, a count not of people: 受助学生数占比 | 100%, 满意指数 | 90%, 完成项目数 | 100%', table: departmentTable({ indicators: [...one('受助学生数占比', '100%'), ...one('满意指数', '90%', '满意度'), ...one('完成项目数', '100%')] }) },
    { name: 'a head count in heads: 应受助学生数 | 473人', table: departmentTable({ indicators: one('应受助学生数', '473人') }) },
    { name: 'a sum in money, a share named past the sum: 社会消费品零售额 | 120亿元, 零售额增长率 | 9.5%, 贷款额度 | 50%', table: departmentTable({ indicators: [...one('社会消费品零售额', '120亿元'), ...one('零售额增长率', '9.5%'), ...one('贷款额度', '50%')] }) },
    { name: 'an area in an area’s unit, a share of areas named so: 新建保鲜库面积 | 3550平方米, 一级种薯推广面积占总面积比例 | 80%, 森林覆盖率 | 30%', table: departmentTable({ indicators: [...one('新建保鲜库面积', '3550平方米'), ...one('一级种薯推广面积占总面积比例', '80%'), ...one('森林覆盖率', '30%')] }) },
    // Things made in pieces, and years that say how long (a made thing's years under 质量, a span's under 数量).
    { name: 'things made in pieces: 制作宣传横幅 | 50条; a span in years: 设施使用年限 | ≥10年; made things’ years under 质量: 制作宣传牌质量保证 | 1年', table: departmentTable({ indicators: [...one('制作宣传横幅', '50条'), ...one('设施使用年限', '≥10年'), ...one('制作宣传牌质量保证', '1年', '质量')] }) },
    // A total and its 其中 parts in a goal's text: the same unit, or other units that do not add up to its figure.
    { name: 'a goal’s total and parts in one unit: 补助471.23万元,其中中央补助189.63万元,地方财政补助281.6万元', table: projectTable({ goal: '补助471.23万元,其中中央补助189.63万元,地方财政补助281.6万元' }) },
    { name: 'parts in another unit that are not the total’s figure: 补助4712300元,其中中央补助189.63万元,地方财政补助281.6万元', table: projectTable({ goal: '补助4712300元,其中中央补助189.63万元,地方财政补助281.6万元' }) },
    { name: 'one part only: 补助471.23元,其中中央补助471.23万元', table: projectTable({ goal: '补助471.23元,其中中央补助471.23万元' }) },
    { name: 'no 其中 after the total: 补助471.23元;另中央补助189.63万元,地方财政补助281.6万元', table: projectTable({ goal: '补助471.23元;另中央补助189.63万元,地方财政补助281.6万元' }) },
    { name: 'the parts past the clause’s end: 补助471.23元,其中中央补助189.63万元;地方财政补助281.6万元', table: projectTable({ goal: '补助471.23元,其中中央补助189.63万元;地方财政补助281.6万元' }) },
  ],
  invalid: [
    {
      // 浮梁's (n-jx-fuliang-2026-forestry, all five readings as settled): banners counted in years.
      name: 'things made counted in years under 数量: 制作宣传横幅、公益宣传牌等 | 1年',
      table: departmentTable({ indicators: one('制作宣传横幅、公益宣传牌等', '1年') }),
      findings: [{ cell: 'G15', message: '“制作宣传横幅、公益宣传牌等”是制作或发放的数量，目标值“1年”却以“年”计：请写明数量和单位（如 50条、20块）', actual: '年' }],
    },
    {
      // 旺苍's (ai-sc-wangcang-2021-essential-drugs-eval, all six readings): the total typed in 元, its parts in 万元.
      name: 'a goal’s total in 元 whose 其中 parts in 万元 make its figure',
      table: projectTable({ goal: '年度完成补助2300.67万元;其中完成村卫生室补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元' }),
      findings: [{ cell: 'B9', message: '“471.23元”的单位与其中各项不同：189.63 + 281.6 = 471.23万元，应为“471.23万元”', expected: '471.23万元', actual: '471.23元' }],
    },
    {
      // 井研's (g-sc-jingyan-mata-2023 I7, both readings): on-time payment counted in heads a year.
      name: 'an on-time indicator with a count as its target: 按时发放 | ≥1人/年',
      table: departmentTable({ indicators: one('按时发放', '≥1人/年', '质量') }),
      findings: [{ cell: 'G15', message: '“按时发放”考核是否按时', actual: '人/年' }],
    },
    {
      name: 'spaced out: 按 时 发 放 | ≥1人',
      table: departmentTable({ indicators: one('按 时 发 放', '≥1人', '质量') }),
      findings: [{ cell: 'G15', actual: '人' }],
    },
    {
      // 乐昌's (vv-gd-lechang-2018-vocational-aid-targets E14, E15): how many students is not said.
      name: 'a head count with a share as its target: 中等职业学校国家助学金应受助学生数 | 100%, 中职免学费应受助学生数 | 100%, 参保人数 (人) | ≥95%',
      table: projectTable({ indicators: [...one('中等职业学校国家助学金应受助学生数', '100%'), ...one('中职免学费应受助学生数', '100%'), ...one('参保人数（人）', '≥95%')] }),
      findings: [
        { cell: 'F11', message: '“中等职业学校国家助学金应受助学生数”是计数指标，目标值“100%”却是比例', actual: '%' },
        { cell: 'F12', message: '“中职免学费应受助学生数”是计数指标' },
        { cell: 'F13', message: '“参保人数（人）”是计数指标，目标值“≥95%”却是比例' },
      ],
    },
    {
      // 大足's (ap-cq-dazu-2021-commerce-dept-eval D11, both readings): the goal's 同比增速 under the sum's name.
      name: 'a sum with a share as its target: 消费品零售额 | 9.5%',
      table: projectTable({ indicators: one('消费品零售额', '9.5%', '经济效益') }),
      findings: [{ cell: 'F11', message: '“消费品零售额”是金额' }],
    },
    {
      // 蔡甸's (ll-hb-caidian-2021-forest-fire-eval E17, its first and third readings): the ‰ is the 受害率's.
      name: 'an area with a ratio as its target: 森林火灾受害面积 | 小于0.9‰, 修缮建筑面积(平方米) | ≥95%',
      table: projectTable({ indicators: [...one('森林火灾受害面积', '小于0.9‰', '生态效益'), ...one('修缮建筑面积（平方米）', '≥95%')] }),
      findings: [
        { cell: 'F11', message: '“森林火灾受害面积”是面积，目标值应为面积（公顷、亩、平方米），而不是比率“小于0.9‰”', actual: '‰' },
        { cell: 'F12', message: '“修缮建筑面积（平方米）”是面积' },
      ],
    },
    {
      name: 'a rate in another unit than its list heading’s: 1、肥料利用率 ≥5个 under ≥15组',
      table: projectTable({ indicators: [ind('产出', '数量', '二、化肥减量增效田间试验', '≥15组'), ind('产出', '数量', '1、肥料利用率', '≥5个')] }),
      findings: [{ cell: 'F12', message: '“1、肥料利用率”是比率指标' }],
    },
    {
      name: 'a cost indicator with a count unit',
      table: projectTable({ indicators: one('项目总成本', '≥3个', '成本') }),
      findings: [{ cell: 'F11', message: '“项目总成本”是成本类指标，目标值应为金额，而不是“≥3个”' }],
    },
    {
      // s-sc-ganzi-2023-food-safety: 检查差旅费 470 人/天 under 成本指标, a head count where money belongs.
      name: 'a cost by its 二级 with a count unit: 检查差旅费 470人/天',
      table: projectTable({ indicators: one('检查差旅费', '470人/天', '成本') }),
      findings: [{ cell: 'F11', message: '“检查差旅费”是成本类指标，目标值应为金额，而不是“470人/天”' }],
    },
    {
      // Corpus g-fj-ningde-dangshi-2018: 2,537,695 “万元” for a municipal history office.
      name: 'amounts too large for 万元: probably typed in 元',
      table: projectTable({ funds: { total: 2537695, parts: [['其中：财政拨款', 2537695]] } }),
      findings: [{ cell: 'D6', message: '金额 2,537,695.00 按“万元”计为 253.77 亿元，且各金额均为整数：金额可能是以“元”填写的', expected: '元', actual: '万元' }],
    },
    {
      name: 'amounts too small for 元: probably typed in 万元',
      table: projectTable({ unit: '元', funds: { total: 120.5, parts: [['其中：财政拨款', 120.5]] } }),
      findings: [{ cell: 'D6', message: '本表单位为“元”，但最大的金额只有 120.50：金额可能是以“万元”填写的', expected: '万元', actual: '元' }],
    },
    {
      // Corpus c-hubei-ezhou-2021: `150万` under 项目资金（万元）.
      name: 'amounts with a bare 万',
      table: projectTable({ funds: { total: '150万', parts: [['其中：财政拨款', '150万']] } }),
      findings: [
        { cell: 'D6', message: '金额“150万”中的“万”不是完整单位', expected: '万元', actual: '万' },
        { cell: 'D7', message: '金额“150万”中的“万”不是完整单位' },
      ],
    },
    {
      // Issue 10: never summed silently as 万元.
      name: 'an amount in 元 in a 万元 table: reported, not summed',
      table: projectTable({ funds: { total: 100, parts: [['其中：财政拨款', '1,000,000元']] } }),
      findings: [{ cell: 'D7', message: '金额“1,000,000元”的单位“元”与本表金额单位“万元”不一致，未计入合计', expected: '万元', actual: '元' }],
    },
    {
      // Corpus a-fujian-2019-dept-ningde-dangshi: 项目完成时间 | 100%.
      name: 'a time indicator with a percentage',
      table: projectTable({ indicators: one('项目完成时间', '100%', '时效') }),
      findings: [{ cell: 'F11', message: '“项目完成时间”是时间类指标，目标值应为日期或期限，而不是“100%”' }],
    },
    {
      // 井研's (g-sc-jingyan-mata-2023, three of its four readings): how long the effect lasts, as a share.
      name: 'a duration by its name with a share as its target: 项目维持时效 | ≥95%',
      table: projectTable({ indicators: one('项目维持时效', '≥95%', '可持续影响') }),
      findings: [{ cell: 'F11', message: '“项目维持时效”是时间类指标' }],
    },
    {
      name: '7600 万: a bare 万 for 万元',
      table: departmentTable({ indicators: one('支持企业管理人才发展资金', '7600 万') }),
      findings: [{ cell: 'G15', message: '“7600 万”中的“万”不是完整单位，金额应写作“万元”', expected: '万元', actual: '万' }],
    },
    {
      name: '3亿: a bare 亿 for 亿元',
      table: departmentTable({ indicators: one('带动社会投资', '≥3亿', '成本') }),
      findings: [{ cell: 'G15', message: '金额应写作“亿元”', expected: '亿元', actual: '亿' }],
    },
    {
      name: 'a 元 target in a 万元 table',
      table: departmentTable({ indicators: one('商协会人才支持资金', '500 元') }),
      findings: [{ cell: 'G15', message: '目标值“500 元”的单位“元”与本表金额单位“万元”不一致', expected: '万元', actual: '元' }],
    },
    {
      name: 'a 万元 target in a 元 table',
      table: departmentTable({ unit: '元', indicators: one('商协会人才支持资金', '90万元') }),
      findings: [{ cell: 'G15', message: '与本表金额单位“元”不一致', expected: '元', actual: '万元' }],
    },
    {
      name: 'thousands separators do not hide the unit: 1,000,000元 in a 万元 table',
      table: departmentTable({ indicators: one('平台建设资金', '1,000,000元', '成本') }),
      findings: [{ cell: 'G15', expected: '万元', actual: '元' }],
    },
    {
      name: '8家 on a 率 indicator',
      table: departmentTable({ indicators: one('重点企业覆盖率', '8家', '质量') }),
      findings: [{ cell: 'G15', message: '“重点企业覆盖率”是比率指标，目标值“8家”却用了单位“家”', expected: '%', actual: '家' }],
    },
    {
      // Corpus cc-hn-nanyue-2023-yulu-school-aid: 年度申请就学补助户数 | >=101人/次.
      name: 'households (户数) counted in persons (人/次)',
      table: departmentTable({ indicators: one('年度申请就学补助户数', '>=101人/次') }),
      findings: [{ cell: 'G15', message: '“年度申请就学补助户数”统计的是户，目标值“>=101人/次”却以“人/次”计', expected: '户', actual: '人/次' }],
    },
    {
      name: 'persons (受益人数, its bracketed note aside) counted in households',
      table: departmentTable({ indicators: one('受益人数(按年)', '500户') }),
      findings: [{ cell: 'G15', message: '统计的是人', expected: '人', actual: '户' }],
    },
    {
      name: 'a satisfaction (满意度) in 分',
      table: departmentTable({ indicators: [ind('满意度', '服务对象满意度', '企业满意度', '≥90分')] }),
      findings: [{ cell: 'G15', message: '“企业满意度”是比率指标', expected: '%', actual: '分' }],
    },
    {
      name: 'several rows: only the mismatched ones',
      table: departmentTable({
        indicators: [
          ind('产出', '数量', '商协会人才支持资金', '90 万元'),
          ind('产出', '数量', '人才发展资金', '9000 万'),
          ind('产出', '质量', '验收通过率', '100%'),
          ind('产出', '质量', '系统正常运转率', '2次'),
        ],
      }),
      findings: [
        { cell: 'G16', expected: '万元', actual: '万' },
        { cell: 'G18', expected: '%', actual: '次' },
      ],
    },
    {
      name: 'project table: 50元 in a 万元 table',
      table: projectTable({ indicators: [ind('产出', '质量', '验收通过率', '100%'), ind('产出', '成本', '平台运维成本', '≤50元')] }),
      findings: [{ cell: 'F12', expected: '万元', actual: '元' }],
    },
  ],
});
