import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { loadWorkbook, worksheetToGrid } from '../../src/hosts/file/workbook';
import { validateGrid } from '../../src/core/validate';
import { cli } from '../support/cli';
import { FIXTURE } from '../support/files';
import { toXlsx } from '../support/tables';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'budget-check-template-'));
});

async function sheetOf(file: string) {
  return (await loadWorkbook(readFileSync(file))).worksheets[0];
}

describe('budget-check template', () => {
  it('writes next year’s table and lists every text change and older year', async () => {
    const out = path.join(dir, 'next.xlsx');
    const r = await cli(['template', FIXTURE, '--year', '2023', '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      `已写入 ${out}，工作表“2023年度”`,
      '  工作表已保护（无密码），只有填写的单元格未锁定；另附工作表“填报说明”',
      '  A2  年份已更新：“（2022 年度）” → “（2023 年度）”',
      '  D47  年份已更新：“2022 年福田区招商引资项目尽职调查服务次数” → “2023 年福田区招商引资项目尽职调查服务次数”',
      expect.stringMatching(/^ {2}B22 {2}保留未改，请确认：出现 2019 年 —— <p>通过课题研究/),
      '',
    ]);
    const ws = await sheetOf(out);
    expect(ws.getCell('E28').formula).toBe('SUM(E7:E27)');
    expect(ws.getCell('F7').value).toBeNull();
  });

  it('keeps amounts and targets when asked', async () => {
    const out = path.join(dir, 'kept.xlsx');
    expect((await cli(['template', FIXTURE, '--year', '2023', '--out', out, '--keep-amounts', '--keep-targets'])).status).toBe(0);
    const ws = await sheetOf(out);
    expect(ws.getCell('F7').value).toBe(350);
    expect(ws.getCell('G32').value).toBe('8家');
  });

  it('refuses to overwrite a file unless --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await cli(['template', '--kind', 'department-targets', '--year', '2024', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('已存在');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli(['template', '--kind', 'department-targets', '--year', '2024', '--out', out, '--force'])).status).toBe(0);
  });

  it('writes blank templates of each family that validate with only what is unfilled', async () => {
    for (const kind of ['department-targets', 'project-targets']) {
      const out = path.join(dir, `${kind}.xlsx`);
      const r = await cli(['template', '--kind', kind, '--year', '2024', '--out', out, '--tasks', '5', '--profile', 'cb2021', '--lang', 'en-US']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('wrote');
      const [result] = validateGrid(worksheetToGrid(await sheetOf(out)), { profile: 'cb2021' });
      expect(result.table.kind).toBe(kind);
      expect(new Set(result.findings.map((f) => f.code))).toEqual(new Set(['missing-target', 'missing-goal']));
    }
  });

  it.each([
    [['template', '--year', '2024', '--out', 'x.xlsx'], '请给出源工作簿'],
    [['template', FIXTURE, '--kind', 'project-targets', '--year', '2024', '--out', 'x.xlsx'], '二者选一'],
    [['template', path.join('no', 'such.xlsx'), '--year', '2024', '--out', 'x.xlsx'], '找不到'],
  ])('explains a bad request %# and exits 2', async (args, message) => {
    const r = await cli(args.map((a) => (a === 'x.xlsx' ? path.join(dir, 'never.xlsx') : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
  });

  it('exits 2 when the source holds no table', async () => {
    const cover = path.join(dir, 'cover.xlsx');
    writeFileSync(cover, await toXlsx([{ name: '封面', rows: [['封面']], merges: [] }]));
    const r = await cli(['template', cover, '--year', '2024', '--out', path.join(dir, 'none.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有识别到绩效目标表');
  });

  it('rejects a year that is not a year', async () => {
    expect((await cli(['template', '--kind', 'project-targets', '--year', '24', '--out', path.join(dir, 'y.xlsx')])).status).toBe(2);
  });
});
