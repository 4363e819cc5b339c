import rule from '../../src/core/rules/missing-category';
import { testRule } from '../support/rule-tester';
import { IndicatorSpec, departmentTable, projectTable } from '../support/tables';

/*
 * Department tables: indicator k (from 0) on row 15 + k, 一级 B | 二级 C | 三级 D | 目标值 G.
 * Project tables: indicator k on row 11 + k, 一级 B | 二级 C | 三级 D | 指标值 F.
 */
const ind = (l1: string, l2: string, name: string, target: string): IndicatorSpec => ({ l1, l2, name, target });

const newLevel1BlankLevel2 = [
  ind('产出', '数量', '培训场次', '8场'),
  ind('效益', '', '营商环境改善情况', '达成年度指标'),
  ind('满意度', '服务对象满意度', '企业满意度', '≥90%'),
];

testRule(rule, {
  valid: [
    { name: 'clean department table (merged runs)', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    { name: 'department without merges: blank 一级/二级 cells under a filled one fill down', table: departmentTable({ merges: false }) },
    { name: 'project without merges', table: projectTable({ merges: false }) },
    {
      name: 'unmerged 二级 changing inside one unmerged 一级 run',
      table: departmentTable({
        merges: false,
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('产出', '数量', '参训人次', '200人次'),
          ind('产出', '质量', '验收通过率', '100%'),
          ind('效益', '社会效益', '政策知晓率', '80%'),
          ind('效益', '社会效益', '服务覆盖率', '90%'),
        ],
      }),
    },
    {
      name: 'a 不适用 row with its categories filled',
      table: departmentTable({ indicators: [ind('效益', '生态效益', '不适用', '不适用')] }),
    },
    {
      // 成安's Hebei county form (xx-he-chengan-2020-centenarian-allowance-eval-r7, its merges dropped): the
      // budget line weighed as the list's last row, its name in the 一级 and 三级 and nothing in the 二级.
      name: 'the budget line as the list’s last row (预算执行率 | blank | 预算执行率): no 二级 to miss',
      table: projectTable({ merges: false, indicators: [ind('产出', '数量', '培训场次', '8场'), ind('满意度', '服务对象满意度', '企业满意度', '≥90%'), ind('预算执行率', '', '预算执行率', '100%')] }),
    },
    {
      name: 'categories not in the profile are not missing (unknown-category says so)',
      table: departmentTable({ indicators: [ind('其他', '其他满意度', '政策咨询满意度', '100%')] }),
    },
  ],
  invalid: [
    {
      name: 'blank 一级 on the first indicator row',
      table: departmentTable({ indicators: [ind('', '数量', '培训场次', '8场'), ind('产出', '质量', '验收通过率', '100%')] }),
      findings: [{ cell: 'B15', message: '指标“培训场次”缺少一级指标' }],
    },
    {
      name: 'a merged blank 一级 run over two rows: reported once, at its top-left',
      table: departmentTable({
        indicators: [ind('', '数量', '培训场次', '8场'), ind('', '数量', '参训人次', '200人次'), ind('产出', '质量', '验收通过率', '100%')],
      }),
      findings: [{ cell: 'B15', message: '缺少一级指标' }],
    },
    {
      // 阆中's third reading with its merges undone (v-sc-langzhong-2021-provincial-road-eval-r3): 产出 and 效益 both unnamed.
      name: 'a blank 一级 under 二级 of two 一级, no merges: reported where each starts',
      table: departmentTable({
        merges: false,
        indicators: [ind('', '数量', '建设里程', '32.1公里'), ind('', '质量', '验收合格率', '100%'), ind('', '经济效益', '带动就业人数', '≥50人'), ind('满意度', '服务对象满意度', '群众满意度', '≥90%')],
      }),
      findings: [
        { cell: 'B15', message: '指标“建设里程”缺少一级指标' },
        { cell: 'B17', message: '指标“带动就业人数”缺少一级指标' },
      ],
    },
    {
      name: 'a new 一级 run with a blank 二级 does not inherit the previous run’s 二级',
      table: departmentTable({ indicators: newLevel1BlankLevel2 }),
      findings: [{ cell: 'C16', message: '指标“营商环境改善情况”缺少二级指标' }],
    },
    {
      name: 'the same without merges: a new 一级 stops the fill-down of 二级',
      table: departmentTable({ merges: false, indicators: newLevel1BlankLevel2 }),
      findings: [{ cell: 'C16', message: '缺少二级指标' }],
    },
    {
      name: 'a merged blank 二级 run over two rows: reported once, at its top-left',
      table: departmentTable({
        indicators: [
          ind('产出', '数量', '培训场次', '8场'),
          ind('效益', '', '营商环境改善情况', '达成年度指标'),
          ind('效益', '', '政策知晓率', '80%'),
          ind('满意度', '服务对象满意度', '企业满意度', '≥90%'),
        ],
      }),
      findings: [{ cell: 'C16', message: '指标“营商环境改善情况”缺少二级指标' }],
    },
    {
      name: 'both levels blank on one row: one finding per level',
      table: departmentTable({ indicators: [ind('', '', '培训场次', '8场'), ind('产出', '质量', '验收通过率', '100%')] }),
      findings: [
        { cell: 'B15', message: '缺少一级指标' },
        { cell: 'C15', message: '缺少二级指标' },
      ],
    },
    {
      name: 'no 三级 name: the message names the target instead',
      table: departmentTable({ indicators: [ind('', '数量', '', '8场')] }),
      findings: [{ cell: 'B15', message: '指标“8场”缺少一级指标' }],
    },
    {
      name: 'project table: blank 二级 under a new 一级',
      table: projectTable({ indicators: newLevel1BlankLevel2 }),
      findings: [{ cell: 'C12', message: '缺少二级指标' }],
    },
    {
      name: 'project table without merges: blank 一级 on the first row',
      table: projectTable({ merges: false, indicators: [ind('', '数量', '培训场次', '8场'), ind('产出', '质量', '验收通过率', '100%')] }),
      findings: [{ cell: 'B11', message: '缺少一级指标' }],
    },
  ],
});
