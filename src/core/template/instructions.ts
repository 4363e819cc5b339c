import { rangeToA1, toA1 } from '../grid/address';
import '../i18n/common';
import { translator } from '../i18n/i18n';
import INSTRUCTIONS from '../lexicon/instructions.json';
import { TableKind } from '../model/table';
import { classifyLabel, LabelKind } from '../recognize/labels';
import { RULES_BY_CODE } from '../rules/registry';
import { getProfile, ProfileId } from '../rules/profiles';
import { Lang } from '../rules/rule';
import { CellSpec, CellStyle, PrintSetup, SheetSpec } from './sheet-spec';
import './messages';

/**
 * The 填报说明 sheet a template carries, and the notes on its header cells: what each column takes,
 * how a target is written, the units, the profile's taxonomy and what the checker flags, all from
 * `src/core/lexicon/instructions.json` (each entry naming the RULES.md section it restates).
 */

type Localized = Record<Lang, string>;

export interface ColumnInstruction {
  kinds: LabelKind[];
  column: Localized;
  fill: Localized;
  examples: string[];
  flags: string[];
  /** A heading of docs/RULES.md. */
  source: string;
}

interface InstructionData {
  columns: ColumnInstruction[];
  targets: { written: string; reads: Localized; examples: string[] }[];
  vague: Localized;
  units: { family: Localized; units: string }[];
  general: Localized[];
}

export const INSTRUCTION_DATA = INSTRUCTIONS as unknown as InstructionData;

export interface InstructionVars {
  year: number;
  unit: string;
  profile: ProfileId;
  lang: Lang;
}

function fill(text: string, vars: InstructionVars): string {
  const level1 = Object.keys(getProfile(vars.profile).taxonomy).join(vars.lang === 'zh-CN' ? '、' : ', ');
  return text.replace(/\{\{year\}\}/g, String(vars.year)).replace(/\{\{unit\}\}/g, vars.unit).replace(/\{\{level1\}\}/g, level1);
}

/** The entry explaining a header cell's text, if it is a header the rulebook explains. */
export function instructionFor(text: string): ColumnInstruction | undefined {
  const label = classifyLabel(text);
  if (!label) return undefined;
  return INSTRUCTION_DATA.columns.find((c) => c.kinds.some((k) => label.kinds.includes(k)));
}

/** The note for a header cell: what the column takes. */
export function headerNote(text: string, vars: InstructionVars): string | undefined {
  const entry = instructionFor(text);
  if (!entry) return undefined;
  const examples = entry.examples.length > 0 ? `${vars.lang === 'zh-CN' ? '示例：' : 'e.g. '}${entry.examples.map((e) => fill(e, vars)).join(vars.lang === 'zh-CN' ? '、' : ', ')}` : '';
  return [fill(entry.fill[vars.lang], vars), examples].filter((s) => s !== '').join('\n');
}

const TITLE: CellStyle = { bold: true, size: 16, horizontal: 'center', vertical: 'middle' };
const SECTION: CellStyle = { bold: true, size: 12, vertical: 'middle' };
const HEAD: CellStyle = { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#F2F2F2' };
const BODY: CellStyle = { vertical: 'top', wrap: true, border: true };

/** Widths of the sheet's five columns, in characters. */
export const INSTRUCTION_WIDTHS = [20, 46, 26, 46, 22];

/**
 * The 填报说明 sheet for a template whose header cells hold `headers` (their texts), so it explains
 * the columns the table has (every column of the rulebook when none is recognised).
 */
export function instructionsSheet(options: InstructionVars & { kind: TableKind; headers: readonly string[]; print: PrintSetup }): SheetSpec {
  const t = translator(options.lang);
  const profile = getProfile(options.profile);
  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const last = INSTRUCTION_WIDTHS.length - 1;
  let row = 0;
  const put = (col: number, value: string, style: CellStyle, toCol = col): void => {
    cells.push({ address: toA1(row, col), role: 'label', value, style });
    if (toCol > col) {
      merges.push(rangeToA1({ top: row, left: col, bottom: row, right: toCol }));
      for (let c = col + 1; c <= toCol; c++) cells.push({ address: toA1(row, c), role: 'label', style });
    }
  };
  const line = (values: string[], style: CellStyle): void => {
    values.forEach((v, i) => put(i, v, style, i === values.length - 1 ? last : i));
    row++;
  };
  const section = (text: string): void => {
    row++;
    put(0, text, SECTION, last);
    row++;
  };

  put(0, t('template:instructions.title'), TITLE, last);
  row++;
  put(0, t('template:instructions.subtitle', { year: options.year, kind: t(`common:kind.${options.kind}`), profile: profile.id }), { horizontal: 'center' }, last);
  row++;

  const present = new Set<ColumnInstruction>();
  for (const h of options.headers) {
    const entry = instructionFor(h);
    if (entry) present.add(entry);
  }
  const columns = INSTRUCTION_DATA.columns.filter((c) => present.size === 0 || present.has(c));
  section(t('template:instructions.columnsSection'));
  line(['column', 'fill', 'examples', 'flags', 'source'].map((k) => t(`template:instructions.${k}`)), HEAD);
  const sep = options.lang === 'zh-CN' ? '、' : ', ';
  for (const c of columns) {
    const flags = c.flags.map((code) => `${code}：${RULES_BY_CODE.get(code)?.meta.docs[options.lang] ?? ''}`).join('\n');
    line([c.column[options.lang], fill(c.fill[options.lang], options), c.examples.map((e) => fill(e, options)).join(sep), flags, `RULES.md § ${c.source}`], BODY);
  }

  section(t('template:instructions.targetsSection'));
  line([t('template:instructions.written'), t('template:instructions.reads'), t('template:instructions.examples')], HEAD);
  for (const g of INSTRUCTION_DATA.targets) line([g.written, g.reads[options.lang], g.examples.map((e) => fill(e, options)).join(sep)], BODY);
  line([fill(INSTRUCTION_DATA.vague[options.lang], options)], BODY);

  section(t('template:instructions.unitsSection'));
  line([t('template:instructions.family'), t('template:instructions.unitList')], HEAD);
  for (const u of INSTRUCTION_DATA.units) line([u.family[options.lang], u.units], BODY);

  section(t('template:instructions.taxonomySection', { profile: profile.id }));
  line([t('template:instructions.level1'), t('template:instructions.level2')], HEAD);
  for (const [level1, level2s] of Object.entries(profile.taxonomy)) line([level1, level2s.join(sep)], BODY);

  section(t('template:instructions.generalSection'));
  for (const g of INSTRUCTION_DATA.general) line([g[options.lang]], BODY);

  return {
    name: t('template:instructions.sheet'),
    columnWidths: INSTRUCTION_WIDTHS,
    cells,
    merges,
    lists: [],
    prompts: [],
    print: { ...options.print, titleRows: undefined },
    fitRows: { first: 0, last: row - 1 },
  };
}
