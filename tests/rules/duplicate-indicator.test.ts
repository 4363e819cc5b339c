import rule from '../../src/core/rules/duplicate-indicator';
import { testRule } from '../support/rule-tester';
import { CLEAN_INDICATORS, departmentTable, IndicatorSpec, projectTable } from '../support/tables';

/*
 * Indicator names (三级) are in column D, from row 15 in the department table and row 11 in the
 * project table (the i-th indicator of the list in row 15 + i or 11 + i).
 */
const ind = (l1: string, l2: string, name: string, target = '1次'): IndicatorSpec => ({ l1, l2, name, target });

testRule(rule, {
  valid: [
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    {
      name: 'the same name under a different 二级',
      table: departmentTable({ indicators: [ind('产出', '数量', '培训场次'), ind('产出', '质量', '培训场次'), ind('产出', '时效', '培训场次')] }),
    },
    {
      name: 'the same name under different 一级 and 二级',
      table: departmentTable({ indicators: [ind('产出', '质量', '企业满意度', '≥90%'), ind('满意度', '服务对象满意度', '企业满意度', '≥90%')] }),
    },
    {
      name: 'repeated 不适用 rows under one 二级',
      table: departmentTable({ indicators: [...CLEAN_INDICATORS, ind('效益', '生态效益', '不适用', '不适用')] }),
    },
    {
      name: 'similar but different names',
      table: departmentTable({ indicators: [ind('产出', '数量', '培训场次'), ind('产出', '数量', '培训人次'), ind('产出', '数量', '培训场次（线上）')] }),
    },
    {
      name: 'unnamed rows are not duplicates of each other',
      table: departmentTable({ indicators: [ind('产出', '数量', ''), ind('产出', '数量', '培训场次'), ind('产出', '数量', '')] }),
    },
    {
      name: 'under 满意度, the same name with another target, or a satisfaction named again',
      table: departmentTable({ indicators: [ind('产出', '数量', '资助困难教师及学生', '52'), ind('满意度', '服务对象满意度', '资助困难教师及学生', '≥90%'), ind('产出', '质量', '学生满意度', '≥90%'), ind('满意度', '服务对象满意度', '学生满意度', '≥90%')] }),
    },
    {
      name: 'the same name under a different 二级, without merged cells',
      table: departmentTable({ merges: false, indicators: [ind('产出', '数量', '培训场次'), ind('产出', '质量', '培训场次')] }),
    },
  ],
  invalid: [
    {
      // 农垦's (ak-hi-nongken-2023-student-aid-eval C16, all three readings): the 数量 row's name and target again under 满意度.
      name: 'a satisfaction slot filled with another indicator’s name and target',
      table: departmentTable({ indicators: [ind('产出', '数量', '资助困难教师及学生', '52'), ind('满意度', '服务对象满意度', '资助困难教师及学生', '52')] }),
      findings: [{ cell: 'D16', message: '与 D15 重复' }],
    },
    {
      name: 'the same name twice under one 二级: the second, related to the first',
      table: departmentTable({ indicators: [ind('产出', '数量', '培训场次'), ind('产出', '数量', '培训场次', '2次')] }),
      findings: [{ cell: 'D16', related: 'D15', message: '“数量”下的指标“培训场次”与 D15 重复' }],
    },
    {
      name: 'a duplicate further down the clean list',
      table: departmentTable({
        indicators: [...CLEAN_INDICATORS.slice(0, 3), ind('产出', '数量', '展会支持对象数', '10家'), ...CLEAN_INDICATORS.slice(3)],
      }),
      findings: [{ cell: 'D18', related: 'D15', message: '指标“展会支持对象数”与 D15 重复' }],
    },
    {
      name: 'spaces and full-width letters do not make another name',
      table: departmentTable({ indicators: [ind('产出', '数量', 'APP 下载量'), ind('产出', '数量', 'ＡＰＰ下载量')] }),
      findings: [{ cell: 'D16', related: 'D15', message: '指标“ＡＰＰ下载量”' }],
    },
    {
      name: 'the same 二级 in two separate runs under one 一级',
      table: departmentTable({
        indicators: [ind('产出', '数量', '培训场次'), ind('产出', '质量', '合格率', '100%'), ind('产出', '数量', '培训场次')],
      }),
      findings: [{ cell: 'D17', related: 'D15' }],
    },
    {
      name: 'without merged cells (一级/二级 filled down)',
      table: departmentTable({ merges: false, indicators: [ind('产出', '数量', '培训场次'), ind('产出', '数量', '发放资料数'), ind('产出', '数量', '培训场次')] }),
      findings: [{ cell: 'D17', related: 'D15', message: '“数量”下的指标“培训场次”' }],
    },
    {
      name: 'three times: two findings, both related to the first',
      table: departmentTable({ indicators: [ind('效益', '社会效益', '政策知晓率', '80%'), ind('效益', '社会效益', '政策知晓率', '85%'), ind('效益', '社会效益', '政策知晓率', '90%')] }),
      findings: [
        { cell: 'D16', related: 'D15' },
        { cell: 'D17', related: 'D15' },
      ],
    },
    {
      name: 'project table',
      table: projectTable({ indicators: [ind('产出', '质量', '系统正常运转率', '≥95%'), ind('产出', '质量', '系统正常运转率', '≥98%')] }),
      findings: [{ cell: 'D12', related: 'D11', message: '“质量”下的指标“系统正常运转率”与 D11 重复' }],
    },
  ],
});
