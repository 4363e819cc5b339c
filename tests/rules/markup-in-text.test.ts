import rule from '../../src/core/rules/markup-in-text';
import { RuleCase, testRule } from '../support/rule-tester';
import { CLEAN_INDICATORS, CLEAN_TASKS, departmentTable, IndicatorSpec, projectTable, TaskSpec } from '../support/tables';

/*
 * Department task contents are in B7–B11, the goal in B13, targets in G from row 15
 * (CLEAN_INDICATORS[k] in row 15 + k); the project goal is in B9.
 */
const contentOf2ndTask = (content: string): TaskSpec[] => CLEAN_TASKS.map((t, k) => (k === 1 ? { ...t, content } : t));
const withContent = (content: string) => departmentTable({ tasks: contentOf2ndTask(content) });
const withTarget = (i: number, target: string): IndicatorSpec[] => CLEAN_INDICATORS.map((ind, k) => (k === i ? { ...ind, target } : ind));

const comparisons: RuleCase[] = ['<5%', '≥100', '<=5%', '＜5%', '>80%且<90%', '<90%，>60%', '2<3>1'].map((target) => ({
  name: `a target “${target}” is a comparison, not a tag`,
  table: departmentTable({ indicators: withTarget(5, target) }),
}));

testRule(rule, {
  valid: [
    { name: 'clean department table', table: departmentTable() },
    { name: 'clean project table', table: projectTable() },
    ...comparisons,
    { name: 'an ampersand in prose (R&D)', table: withContent('加大R&D投入，A&B类企业走访') },
    { name: 'book-title marks', table: withContent('落实《深圳市福田区产业发展专项资金管理办法》') },
    { name: 'angle brackets around Chinese text', table: withContent('开展〈企业服务〉专题活动') },
  ],
  invalid: [
    {
      name: 'a paragraph tag pasted from a web system',
      table: withContent('<p>开展企业调研，形成调研报告。</p>'),
      findings: [{ cell: 'B8', message: '单元格含有网页标记“<p>”' }],
    },
    {
      name: 'a self-closing line break',
      table: withContent('第一项<br/>第二项'),
      findings: [{ cell: 'B8', message: '“<br/>”' }],
    },
    {
      name: 'an upper-case line break',
      table: withContent('第一项<BR>第二项'),
      findings: [{ cell: 'B8', message: '“<BR>”' }],
    },
    {
      name: 'a closing tag alone',
      table: withContent('开展企业调研</div>'),
      findings: [{ cell: 'B8', message: '“</div>”' }],
    },
    {
      name: 'a tag with attributes',
      table: withContent('<span style="font-size:14px">平台运维</span>'),
      findings: [{ cell: 'B8', message: '“<span style="font-size:14px">”' }],
    },
    {
      name: 'Word’s namespaced tag',
      table: withContent('平台运维<o:p></o:p>'),
      findings: [{ cell: 'B8', message: '“<o:p>”' }],
    },
    {
      name: 'a non-breaking space entity',
      table: withContent('企业&nbsp;服务'),
      findings: [{ cell: 'B8', message: '“&nbsp;”' }],
    },
    {
      name: 'Chinese quotation mark entities',
      table: withContent('落实&ldquo;十四五&rdquo;规划'),
      findings: [{ cell: 'B8', message: '“&ldquo;”' }],
    },
    {
      name: 'numeric character references',
      table: withContent('平台&#160;运维&#x3000;服务'),
      findings: [{ cell: 'B8', message: '“&#160;”' }],
    },
    {
      name: 'markup in the goal and in a target, in sheet order',
      table: departmentTable({ goal: '<p>优化营商环境。</p>', indicators: withTarget(0, '8家<br>') }),
      findings: [
        { cell: 'B13', message: '“<p>”' },
        { cell: 'G15', message: '“<br>”' },
      ],
    },
    {
      name: 'a project goal with markup',
      table: projectTable({ goal: '保障平台稳定运行&nbsp;&nbsp;<br />完成安全测评。' }),
      findings: [{ cell: 'B9', message: '“&nbsp;”' }],
    },
  ],
});
