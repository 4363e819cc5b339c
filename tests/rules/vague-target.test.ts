import rule from '../../src/core/rules/vague-target';
import { testRule } from '../support/rule-tester';
import { IndicatorSpec, departmentTable, projectTable } from '../support/tables';
import { evalWith } from '../support/eval-cases';
import { evalCell, FRAMEWORK_EVAL, selfEvaluationTable } from '../support/self-evaluation';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 目标值 in column G.
 * Project tables: indicator k on row 11 + k, 指标值 in column F.
 */
const effects = (...targets: string[]): IndicatorSpec[] =>
  targets.map((target, k) => ({ l1: '效益', l2: '社会效益', name: `社会效益指标${k + 1}`, target }));
/** Cost indicators under 产出 / 成本指标 (legacy profile), named 成本指标k. */
const costs = (...targets: string[]): IndicatorSpec[] =>
  targets.map((target, k) => ({ l1: '产出', l2: '成本指标', name: `运行成本${k + 1}`, target }));

testRule(rule, {
  valid: [
    { name: 'a share spelled out: 百分之百, 百分之九十五以上', table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '验收合格率', target: '百分之百' }, { l1: '满意度', l2: '服务对象满意度', name: '群众满意度', target: '百分之九十五以上' }] }) },
    // 湖北科技学院's 评审程序是否客观公正 | 是 (qq-hb-hbust-2021-student-aid-eval), 可持续 a term, not a hedge.
    { name: 'a bare 是 affirming a name that does not hedge; 可持续 is no 持续', table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '评审程序是否客观公正', target: '是' }, { l1: '效益', l2: '可持续影响', name: '对文化需求的可持续影响', target: '是' }] }) },
    // 彭水's (ll-cq-pengshui-2024-family-planning-transfer-eval): under the framework's 决策, what to record, no target.
    {
      name: 'a criterion of the framework’s 决策 with words in its target column',
      table: selfEvaluationTable({ indicators: FRAMEWORK_EVAL.map((i, k) => (k === 0 ? { ...i, target: '项目资金测算标准(文字描述)' } : i)) }),
    },
    { name: 'a share under 数量 whose name lists no counts (资金发放 | 100%) is not asked here', table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '确保日常工作正常运行', target: '100%' }] }) },
    { name: 'the counts in the name and a share under 质量', table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '慰问伤残军人50人;烈士家庭6户', target: '100%' }] }) },
    // Gradable by grammar (issue 10; corpus b-xiangtan-2023-fog-cannon 优良, g-hn-yueyanglou-jiage-2023 按月安排, d-cq-kexuecheng-dept-2021 高/好).
    { name: 'grades, completion, periods: 优良, 合规, 按计划实施, 按月安排, 良好及以上, 达到“良好”等级, 高, 无有效投诉', table: departmentTable({ indicators: effects('优良', '合规', '按计划实施', '按月安排', '良好及以上', '达到“良好”等级', '高', '无有效投诉') }) },
    // 原州's (ww-nx-yuanzhou-2022-seed-potato-eval F22, every reading): no clause opens with an aim's verb; the share is the one reduction's.
    { name: 'a share of the one reduction a name ends on: 病害减少,…化学农药量较上年减少 | 2%', table: departmentTable({ indicators: [{ l1: '效益', l2: '生态效益', name: '指标1病害减少,防治病虫害使用的化学农药量较上年减少', target: '2%' }] }) },
    // 汉阴's (ap-sn-hanyin-2022-inclusive-finance-targets E12): the name names the money, the amount is its count.
    { name: 'money under 数量 where the name names it: 本年度创业担保贷款发放额 | 4000万元', table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '本年度创业担保贷款发放额', target: '4000万元' }] }) },
    // A state kept (保障, 维护), not a change: the grade is of how well it is kept (黄石三中's, an-hb-huangshi-sanzhong-2023-campus-repair-eval).
    { name: 'a state kept, graded: 保障校园环境安全、教学工作正常运转 | 良好', table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '保障校园环境安全、教学工作正常运转', target: '良好' }] }) },
    { name: 'a quality graded by the name that measures it: 工程质量 | 良好, 服务效果评价 | 良好', table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '工程质量', target: '良好' }, { l1: '效益', l2: '社会效益', name: '服务效果评价', target: '良好' }] }) },
    // 良好 is a grade (优 / 良好 / 中 / 差), not a hedge.
    { name: 'a grade alone: 良好', table: departmentTable({ indicators: effects('良好') }) },
    { name: 'compliance with a named standard: 符合国家标准', table: departmentTable({ indicators: effects('符合国家标准', '符合行业标准') }) },
    { name: 'a period: 2023.07-2024.01', table: departmentTable({ indicators: effects('2023.07-2024.01') }) },
    {
      name: 'a rate with its level, a timeliness with its date, a yes to a question named: 达标率 ≥95%, 在合同工期内完成(2023年6月前), 是否按时完成 | 是',
      table: departmentTable({
        indicators: [
          { l1: '产出', l2: '质量', name: '验收达标率', target: '≥95%' },
          { l1: '产出', l2: '时效', name: '提交报告及时性', target: '2023年6月30日前' },
          { l1: '产出', l2: '时效', name: '是否按时完成', target: '是' },
          { l1: '产出', l2: '时效', name: '工程完成时间', target: '在合同工期内完成' },
        ],
      }),
    },
    {
      name: 'two aims, or a list of things, under a share: 提高…、保障… | 100%; 道路、桥梁、涵洞维修完成率 | 100%',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '提高群众满意度、保障出行安全', target: '100%' }, { l1: '产出', l2: '质量', name: '道路、桥梁、涵洞维修完成率', target: '100%' }] }),
    },
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: '达标', table: departmentTable({ indicators: effects('达标') }) },
    { name: 'something set up: 已建立, 建成 (n-heb-ningjin-2019-stipend)', table: departmentTable({ indicators: effects('已建立', '建成') }) },
    {
      name: 'a criterion named for a quality, answered with it: 立项程序规范性 | 规范, 绩效目标合理性 | 合 理 (z-js-zhenjiang-2024-pearl-buck-park)',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '立项程序规范性', target: '规范' }, { l1: '效益', l2: '社会效益', name: '绩效目标合理性', target: '合 理' }] }),
    },
    {
      // 苏州's 市管绿地养护 (bc-js-suzhou-2017-green-space-eval): a state reached, met or not; the quality with what it is of.
      name: 'a state to keep (植物状况 | 健康, 安全防范 | 绿地完整), a quality with its object (资产产权明确性 | 资产明确), 日产日清',
      table: departmentTable({
        indicators: [
          { l1: '产出', l2: '质量', name: '植物状况', target: '健康' },
          { l1: '产出', l2: '质量', name: '安全防范', target: '绿地完整' },
          { l1: '产出', l2: '质量', name: '资产产权明确性', target: '资产明确' },
          { l1: '产出', l2: '时效', name: '养护垃圾清运及时', target: '日产日清' },
        ],
      }),
    },
    { name: 'a compliance outcome: 专款专用 (n-hb-xiangyang-2021-hospital-eval)', table: departmentTable({ indicators: effects('专款专用') }) },
    {
      name: 'counts in words under 数量指标: 一次, 两批, 十余场; a frequency: 每季度至少一次',
      table: departmentTable({ indicators: ['一次', '两批', '十余场', '每季度至少一次'].map((target, k) => ({ l1: '产出', l2: '数量指标', name: `宣传活动${k + 1}`, target })) }),
    },
    {
      name: 'the gradable outcomes: 达成 / 部分达成…具有一定效果 / 未达成…效果较差',
      table: departmentTable({ indicators: effects('达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差') }),
    },
    { name: 'numbers with units: ≥95%, 8家', table: departmentTable({ indicators: effects('≥95%', '8家') }) },
    { name: 'a vague word with a number is assessable: 有效提高10%, 进一步提升至95%', table: departmentTable({ indicators: effects('有效提高10%', '进一步提升至95%') }) },
    { name: 'dates and frequencies', table: departmentTable({ indicators: effects('2023年12月31日前', '每季度至少一次') }) },
    { name: 'other qualitative targets: 验收合格, 按时完成', table: departmentTable({ indicators: effects('验收合格', '按时完成') }) },
    {
      name: 'terms that contain a vague word: 基本支出, 基本公共服务, 长期护理, 有效投诉',
      table: departmentTable({ indicators: effects('保障单位基本支出正常运转', '实现基本公共服务全覆盖', '长期护理保险覆盖全区', '无有效投诉') }),
    },
    { name: '不适用 and blank placeholders', table: departmentTable({ indicators: effects('不适用', '-') }) },
    { name: 'cb2021 has no other words', profile: 'cb2021', table: departmentTable({ indicators: effects('达成年度指标') }) },
    { name: 'costs with an amount: ≤500万元, 控制在300万元以内', table: departmentTable({ indicators: costs('≤500万元', '控制在300万元以内') }) },
    // A rate whose name says which cost it keeps in bounds is a cost's target (corpus c-hebei-langfang-2019 成本控制率, g-hn-yueyanglou-jiage-2023 社会成本指标).
    {
      // 资金执行率: 大英's 孤儿助学 self-evaluation (ai-sc-daying-2022-orphan-study-aid-eval E7).
      name: 'rates named for a cost under 成本指标: 成本控制率, 预算执行率, 资金执行率, 人均费用降低率, 超支率, 社 会 成 本 指 标',
      table: departmentTable({
        indicators: ['成本控制率', '预算执行率', '资金执行率', '人均费用降低率', '超支率', '社 会 成 本 指 标'].map((name) => ({ l1: '产出', l2: '成本指标', name, target: '≤100%' })),
      }),
    },
    // 社会成本 and 生态环境成本 are no money: rates are their usual targets.
    {
      name: 'rates under 社会成本 and 生态环境成本 (cb2021)',
      profile: 'cb2021',
      table: departmentTable({
        indicators: [
          { l1: '成本', l2: '社会成本指标', name: '群众投诉率', target: '≤1%' },
          { l1: '成本', l2: '生态环境成本指标', name: '绿化覆盖率', target: '≥30%' },
        ],
      }),
    },
    { name: 'a rate under another 二级: 资金到位率 under 时效指标', table: departmentTable({ indicators: [{ l1: '产出', l2: '时效指标', name: '资金到位率', target: '100%' }] }) },
  ],
  invalid: [
    // 永济's 按期完工 twice, 黄石's 统筹海绵城市项目谋划 twice; 大英's 发放时间达标率, 鄂州's 提高普及率; 是否利于企业走出去;
    // 塘溪's 提交报告及时性 | 在项目计划完成时间内完成 (each flagged by every reading, or three of four).
    ...[
      ['按期完工', '按期完工', '产出', '时效'],
      ['统筹海绵城市项目谋划', '统筹海绵城市项目谋划', '效益', '社会效益'],
      ['按季发放助学金', '发放时间达标率', '产出', '时效'],
      ['科普知识网络竞赛', '提高普及率', '效益', '社会效益'],
      ['推动企业走出去方面发挥的作用', '是否利于企业走出去', '效益', '可持续影响'],
      ['提交报告及时性', '在项目计划完成时间内完成', '产出', '时效'],
      ['做好保障', '达到预期目标', '效益', '社会效益'],
    ].map(([name, target, l1, l2]) => ({
      name: `a target that sets nothing to reach: ${name} | ${target}`,
      table: departmentTable({ indicators: [{ l1, l2, name, target }] }),
      findings: [{ cell: 'G15', message: '既不是数值+单位' }],
    })),
    {
      // 黄石三中's (an-hb-huangshi-sanzhong-2023-campus-repair-eval E18, all three readings): two aims, each its clause.
      name: 'a share of two aims, a clause each: 建设平安校园,满足教师和学生生活、学习的需要 | ≥95%',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '可持续影响', name: '建设平安校园,满足教师和学生生活、学习的需要', target: '≥95%' }] }),
      findings: [{ cell: 'G15', message: '列出了几项目的' }],
    },
    {
      // 大英's 交警 (at-sc-daying-2019-traffic-enforcement-tail-eval E12, every reading): the second aim said at its clause's end.
      name: 'a share of two aims, the second said at its end: 保证…投诉渠道申通,投诉率比上年下降 | 100%',
      table: departmentTable({ indicators: [{ l1: '满意度', l2: '服务对象满意度', name: '保证交通参与者投诉渠道申通,投诉率比上年下降', target: '100%' }] }),
      findings: [{ cell: 'G15', message: '列出了几项目的' }],
    },
    {
      // 大英's 交警 (at-sc-daying-2019-traffic-enforcement-tail-eval E11, both readings).
      name: 'a share of four aims: 保障…、促进…、降低…、维护… | 100%',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '保障人民生命财产安全、促进道路交通平安畅通、降低交通事故发生率、维护社会和谐与稳定', target: '100%' }] }),
      findings: [{ cell: 'G15', message: '列出了几项目的' }],
    },
    {
      // 青山's 科技专项 (ap-hb-qingshan-2021-sci-tech-fund-targets D22, both readings): 优化 is a verb, no grade 优.
      name: 'the name’s own verb as the target: 优化创新创业环境 | 优化',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '生态效益', name: '优化创新创业环境', target: '优化' }] }),
      findings: [{ cell: 'G15', message: '既不是数值+单位' }],
    },
    {
      // 临海's (ag-zj-linhai-nd-greening-maintenance-targets D15): 是 under a name that is only its category.
      name: 'a bare 是 under a name that is only a category: 社会效益指标 | 是',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '社会效益指标', target: '是' }] }),
      findings: [{ cell: 'G15', message: '既不是数值+单位' }],
    },
    // 金安's tennis open (w-ah-jinan-2025-tennis-open E18, E19): the effect graded by its own name, nothing measured.
    ...['经济效益良好', '效果良好', '社会效益较好', '影响 良好'].map((target) => ({
      name: `the effect graded by its own name: ${target}`,
      table: departmentTable({ indicators: effects(target) }),
      findings: [{ cell: 'G15', message: '只评价了效果本身' }],
    })),
    // 银川's (f-nx-yinchuan21-2019 E18, every reading): the budget's use restated as an effect's target.
    {
      name: 'what the money is spent on as an effect’s target: 促进市场繁荣 | 372万元将用于学校运转支出,确保教学工作正常运行',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '经济效益', name: '促进市场繁荣', target: '372万元将用于学校运转支出,确保教学工作正常运行' }] }),
      findings: [{ cell: 'G15', message: '既不是数值+单位' }],
    },
    // 黄石三中's (an-hb-huangshi-sanzhong-2023-campus-repair-eval E13, three readings of four): money as a count's target.
    {
      name: 'money as the target of a 数量 indicator whose name names none: 完成校园维修改造及设备购置项目 | 800万元',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '完成校园维修改造及设备购置项目', target: '800万元' }] }),
      findings: [{ cell: 'G15', message: '没有数量' }],
    },
    // 丰都's (au-cq-fengdu-2022-auxiliary-police-targets D7, every reading): a change aimed at, graded by a word alone.
    ...[['促进社会和谐稳定', '好'], ['提升群众安全感', '较高'], ['改善人居环境', '良好']].map(([name, target]) => ({
      name: `a change aimed at, graded by a word alone: ${name} | ${target}`,
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name, target }] }),
      findings: [{ cell: 'G15', message: '只评价了效果本身' }],
    })),
    // 大英's (ac-sc-daying-nd-railway-environment-tail-eval F7): the 定性 target's scale copied whole, no grade chosen.
    ...['优良中低差', '优/良/中/差', '好、较好、一般、差', '高 中 低'].map((target) => ({
      name: `the whole grading scale as the target: ${target}`,
      table: departmentTable({ indicators: [{ l1: '效益', l2: '可持续影响', name: '管理机制健全性', target }] }),
      findings: [{ cell: 'G15', message: '列出了整个评价等级' }],
    })),
    {
      // 巴南's (oo-cq-banan-shengdengshan-2022-party-secretary-allowance D21): the name is the amount, the target a share.
      name: 'a rate as the target of a cost named only by its amount: 20万元 | 100%',
      table: projectTable({ indicators: [{ l1: '产出', l2: '成本', name: '20万元', target: '100%' }] }),
      findings: [{ cell: 'F11', message: '是比率，不是成本' }],
    },
    {
      // 保山's (bb-yn-baoshan-2022-spring-festival-visits-eval E10): the counts in the name, a share as the target.
      name: 'a share as the target of a 数量 indicator whose name lists the counts',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '慰问伤残军人50人;烈士家庭6户;驻保部队8家', target: '100%' }] }),
      findings: [{ cell: 'G15', message: '数量指标的目标值“100%”没有数量' }],
    },
    // No standard named: 按质按量完成 would pass as a completion (ee-sc-daying-2020-consumer-city-targets E3).
    ...['按质按量完成', '保质保量完成任务', '按 质 按 量 完 成'].map((target) => ({
      name: `a quality target naming no standard: ${target}`,
      table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '创建质量', target }] }),
      findings: [{ cell: 'G15', message: target.includes('保') ? '保质保量' : '按质按量' }],
    })),
    {
      // Timeliness needs its deadline (n-sh-putuo-2022-venue-eval, c-anhui-tangxi-cunji-2022).
      name: 'a timeliness criterion answered 及时',
      table: departmentTable({ indicators: [{ l1: '效益', l2: '社会效益', name: '结算款支付及时性', target: '及时' }] }),
      findings: [{ cell: 'G15', message: '及时' }],
    },
    // A count is a number (o-sc-zhaohua-2021-leprosy E17): words say how far or how, not how many, however gradable.
    ...['覆盖全区所有人员', '按计划完成', '全覆盖'].map((target) => ({
      name: `words as a count under 数量指标: ${target}`,
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量指标', name: '宣传教育', target }] }),
      findings: [{ cell: 'G15', message: `数量指标的目标值“${target}”没有数量，无法考核` }],
    })),
    // A rate measures no cost: compliance (corpus j-yn-yongde-2022-nutrition E17) or use (l-gansu-jiayuguan-2023-museum D23).
    {
      name: 'a rate as a cost’s target: 生均补助标准达标率 100% under 产出 / 成本指标',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '成本指标', name: '生均补助标准达标率', target: '100%' }] }),
      findings: [{ cell: 'G15', message: '成本指标“生均补助标准达标率”的目标值“100%”是比率，不是成本，无法考核' }],
    },
    {
      name: 'a rate as a cost’s target under 成本 / 经济成本指标 (cb2021): 资金使用效率 =100%',
      profile: 'cb2021',
      table: departmentTable({ indicators: [{ l1: '成本', l2: '经济成本指标', name: '资金使用效率', target: '=100%' }] }),
      findings: [{ cell: 'G15', message: '成本指标“资金使用效率”的目标值“=100%”是比率，不是成本' }],
    },
    {
      name: 'a rate as a cost’s target with its % in the 度量单位 column: the message shows 100%',
      table: selfEvaluationTable({ layout: 'sichuan', indicators: evalWith(4, { name: '生均补助标准达标率', sichuan: { comparator: '=', value: '100', unit: '%', actual: '100' } }) }),
      findings: [{ cell: evalCell(4, 'target', 'sichuan'), message: '成本指标“生均补助标准达标率”的目标值“100%”是比率' }],
    },
    // A cost is an amount: a sentence, or a completion word, grades nothing there (corpus f-nx-yinchuan21-2019 E17).
    {
      name: 'cost targets without an amount: 确保教学工作正常运行, 按时完成',
      table: departmentTable({ indicators: costs('确保教学工作正常运行', '按时完成') }),
      findings: [
        { cell: 'G15', message: '成本指标的目标值“确保教学工作正常运行”没有金额，无法考核' },
        { cell: 'G16', message: '成本指标的目标值“按时完成”没有金额' },
      ],
    },
    {
      name: 'a cost without an amount under 成 本 指 标, spaced as a form converted from Word writes it',
      table: departmentTable({ indicators: [{ l1: '产 出', l2: '成 本 指 标', name: '按要求合理支付', target: '确保教学工作正常运行' }] }),
      findings: [{ cell: 'G15', message: '成本指标的目标值“确保教学工作正常运行”没有金额，无法考核' }],
    },
    // Not measurable by grammar, though no listed vague word is in them (corpus b-qingshan-2020-education, b-cixi-2023-childcare, f-nx-changqing-2019).
    ...['巩固提高', '及时发放', '提高', '严格执行相关制度规定', '按要求完成当年的教育教学工作', '应保尽保'].map((target) => ({
      name: `unmeasurable by grammar: ${target}`,
      table: departmentTable({ indicators: effects(target) }),
      findings: [{ cell: 'G15', message: `目标值“${target}”既不是数值+单位，也不是日期或可评级的结果` }],
    })),
    {
      name: '有效',
      table: departmentTable({ indicators: effects('有效') }),
      findings: [{ cell: 'G15', message: '目标值“有效”含模糊表述“有效”，无法考核' }],
    },
    {
      name: '持续改善 (持续 a hedge as 不断 and 逐步 are)',
      table: departmentTable({ indicators: effects('持续改善') }),
      findings: [{ cell: 'G15', message: '目标值“持续改善”含模糊表述“持续”，无法考核' }],
    },
    {
      // 蔡甸's (ll-hb-caidian-2021-forest-fire-eval E16) and 原州's (ww-nx-yuanzhou-2022-seed-potato-eval F23).
      name: 'a bare 是 affirming a name that hedges: 公众知晓度是否明显提高 | 是, 持续完善种薯繁育体系 | 是',
      table: departmentTable({
        indicators: [
          { l1: '效益', l2: '社会效益', name: '公众知晓度是否明显提高', target: '是' },
          { l1: '效益', l2: '可持续影响', name: '持续完善马铃薯种薯繁育体系', target: '是' },
        ],
      }),
      findings: [
        { cell: 'G15', message: '目标值“是”含模糊表述“明显”' },
        { cell: 'G16', message: '目标值“是”含模糊表述“持续”' },
      ],
    },
    {
      name: '长期营造',
      table: departmentTable({ indicators: effects('长期营造') }),
      findings: [{ cell: 'G15', message: '含模糊表述“长期”' }],
    },
    {
      name: '显著提升 (no number)',
      table: departmentTable({ indicators: effects('显著提升') }),
      findings: [{ cell: 'G15', message: '目标值“显著提升”含模糊表述“显著”' }],
    },
    {
      name: '进一步优化',
      table: departmentTable({ indicators: effects('进一步优化') }),
      findings: [{ cell: 'G15', message: '含模糊表述“进一步”' }],
    },
    {
      name: '效果明显 is named whole, not as 明显',
      table: departmentTable({ indicators: effects('效果明显') }),
      findings: [{ cell: 'G15', message: '含模糊表述“效果明显”' }],
    },
    {
      name: 'a vague word next to a term is still vague: 有效保障基本支出',
      table: departmentTable({ indicators: effects('有效保障基本支出') }),
      findings: [{ cell: 'G15', message: '含模糊表述“有效”' }],
    },
    {
      name: 'several rows: only the vague ones',
      table: departmentTable({ indicators: effects('≥95%', '逐步完善', '达成年度指标', '服务水平有所提高', '基本达成') }),
      findings: [
        { cell: 'G16', message: '“逐步”' },
        { cell: 'G18', message: '“有所”' },
        { cell: 'G19', message: '“基本”' },
      ],
    },
    {
      name: 'without merges too',
      table: departmentTable({ merges: false, indicators: effects('8家', '较好') }),
      findings: [{ cell: 'G16', message: '“较好”' }],
    },
    {
      name: 'cb2021: same words',
      profile: 'cb2021',
      table: departmentTable({ indicators: effects('稳步提升') }),
      findings: [{ cell: 'G15', message: '“稳步”' }],
    },
    {
      name: 'project table',
      table: projectTable({ indicators: effects('90%', '较好') }),
      findings: [{ cell: 'F12', message: '目标值“较好”含模糊表述“较好”' }],
    },
  ],
});
