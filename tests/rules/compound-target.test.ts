import rule from '../../src/core/rules/compound-target';
import { testRule } from '../support/rule-tester';
import { IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 目标值 in column G.
 * Project tables: indicator k on row 11 + k, 指标值 in column F.
 */
const outputs = (...targets: string[]): IndicatorSpec[] =>
  targets.map((target, k) => ({ l1: '产出', l2: '数量', name: `数量指标${k + 1}`, target }));

const SEED = '建设公共服务平台数4家，运营支持数1家';

testRule(rule, {
  valid: [
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'thousands separators are not lists: 1,000家, 1,000,000元', table: departmentTable({ indicators: outputs('1,000家', '≥1,000,000元') }) },
    { name: 'a full-width comma as thousands separator: 1，000家', table: departmentTable({ indicators: outputs('1，000家') }) },
    { name: 'a single frequency: 每季度至少一次', table: departmentTable({ indicators: outputs('每季度至少一次') }) },
    { name: 'a range: 90%-95%', table: departmentTable({ indicators: outputs('90%-95%') }) },
    { name: 'one value with words around it: 90%以上，达标', table: departmentTable({ indicators: outputs('90%以上，达标') }) },
    { name: 'one value and a date: 2023年12月31日前完成，验收合格', table: departmentTable({ indicators: outputs('2023年12月31日前完成，验收合格') }) },
    { name: 'a number inside a sentence: 2000家企业获得政策支持', table: departmentTable({ indicators: outputs('2000家企业获得政策支持') }) },
    { name: 'a name with one count and a list of words: 慰问烈士家庭6户、困难群众', table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '慰问烈士家庭6户、困难群众', target: '6户' }] }) },
    {
      // 原州's (jj-nx-yuanzhou-2022-border-tea-eval C12): counts in a sentence's clauses, joined by commas.
      name: 'a sentence holding counts in its clauses is no list: 共计3875人,目标人群是3875人,已发放3620人',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '针对监测帮扶对象共计3875人(涉及11个乡镇),发放边销茶目标人群是3875人,目前已发放3620人', target: '100' }] }),
    },
    { name: 'things listed before one measure, one target for all: 年度、半年趋势报告次数 | 2次', table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '年度、半年趋势报告次数', target: '2次' }] }) },
    { name: 'one rate with words beside it: 贫困户及监测户识别准确率', table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '贫困户及监测户识别准确率', target: '100%' }] }) },
    { name: 'a name listing amounts of money, no counts: 市级补助5万元;县级配套3万元', table: departmentTable({ indicators: [{ l1: '产出', l2: '成本', name: '市级补助5万元;县级配套3万元', target: '≤8万元' }] }) },
    { name: 'one target written into a name of two clauses: 考核月度开展,优秀比例不超过20%', table: departmentTable({ indicators: [{ l1: '产出', l2: '质量', name: '考核月度开展,优秀比例不超过20%', target: '100%' }] }) },
  ],
  invalid: [
    {
      // 林业's 测报 form (ac-zy-linye-nd-pest-forecast-sample-targets C10, both readings): a target for each of two reports.
      name: 'things listed before one measure, a target for each: 年度、半年趋势报告次数 | 各1次',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '年度、半年趋势报告次数', target: '各1次' }] }),
      findings: [{ cell: 'D15', message: '列出了 2 项' }],
    },
    {
      // 淮南's (an-ah-huainan-2023-window-staff-award-eval D13, three readings of four): two targets written into the name.
      name: 'two targets written into a name’s clauses: 月度绩效考核全覆盖,优秀比例不超过２０％',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '指标1:窗口和工作人员月度绩效考核全覆盖,优秀比例不超过２０％', target: '' }] }),
      findings: [{ cell: 'D15', message: '列出了 2 项' }],
    },
    {
      // 永兴's (pp-hn-yongxing-2017-animal-epidemic-targets D17): three rates under one target.
      name: 'a name listing rates: 各种强制免疫率、屠宰率及检疫率 | 100%',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '各种强制免疫率、屠宰率及检疫率', target: '100%' }] }),
      findings: [{ cell: 'D15', message: '列出了 3 项' }],
    },
    {
      // 保山's (bb-yn-baoshan-2022-spring-festival-visits-eval D10): the counts are the name, the target a share.
      name: 'a name listing counts: 慰问伤残军人50人;烈士家庭6户;驻保部队8家',
      table: departmentTable({ indicators: [{ l1: '产出', l2: '数量', name: '慰问伤残军人50人;烈士家庭6户;驻保部队8家。', target: '100%' }] }),
      findings: [{ cell: 'D15', message: '三级指标“慰问伤残军人50人;烈士家庭6户;驻保部队8家。”列出了 3 项' }],
    },
    {
      name: 'the seed’s 建设公共服务平台数4家，运营支持数1家',
      table: departmentTable({ indicators: outputs('8家', SEED) }),
      findings: [{ cell: 'G16', message: `目标值“${SEED}”包含 2 个目标，应拆分为 2 个三级指标` }],
    },
    {
      name: 'listed with 、',
      table: departmentTable({ indicators: outputs('支持4家、举办5场') }),
      findings: [{ cell: 'G15', message: '包含 2 个目标' }],
    },
    {
      name: 'listed with ；',
      table: departmentTable({ indicators: outputs('≥90%；≥95%') }),
      findings: [{ cell: 'G15', message: '包含 2 个目标' }],
    },
    {
      name: 'thousands separators inside a list: 1,000家，2,000人',
      table: departmentTable({ indicators: outputs('1,000家，2,000人') }),
      findings: [{ cell: 'G15', message: '包含 2 个目标' }],
    },
    {
      name: 'three targets',
      table: departmentTable({ indicators: outputs('培训2期、参训100人次、发放资料500份') }),
      findings: [{ cell: 'G15', message: '包含 3 个目标，应拆分为 3 个三级指标' }],
    },
    {
      name: 'a frequency and a total',
      table: departmentTable({ indicators: outputs('每季度1次，全年4次') }),
      findings: [{ cell: 'G15', message: '包含 2 个目标' }],
    },
    {
      name: 'without merges',
      table: departmentTable({ merges: false, indicators: outputs('8家', '1家', SEED) }),
      findings: [{ cell: 'G17', message: '包含 2 个目标' }],
    },
    {
      name: 'project table',
      table: projectTable({ indicators: outputs(SEED) }),
      findings: [{ cell: 'F11', message: SEED }],
    },
  ],
});
