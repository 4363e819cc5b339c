/**
 * What people add around a label or a category name without changing what it names: numbering
 * in front (一、 （一） 1. 1、 ①, which folds to 1) and notes in parentheses behind ((A) (B/A)
 * (50分) (万元) (%)). Works on folded keys (`labelKey`): brackets are half-width there.
 */
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}[、.,]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}(?:[、.,)](?!\d)|(?=[\u4e00-\u9fff])))/;
const SUFFIX = /\(([^()]{0,16})\)$/;
const STAR = /[*＊★☆※]/;
const MONEY = /^(?:单位:|金额单位:)?(万元|亿元|千元|元)$/;
const POINTS = /^(\d+(?:\.\d+)?)分$/;

export interface BareLabel {
  key: string;
  /** A money unit written behind the label: `年度预算数(万元)`. */
  unit?: string;
  /** Points written behind a category: `产出指标(50分)`. */
  points?: number;
}

/**
 * A heading without the marks a form puts on a required field: before it (`*指标值`, `★年度总体绩效目标`,
 * ＊备注) or as a note in brackets (`符号（必填）`, `单位(文字描述)(必填)`).
 */
export function withoutRequiredMark(text: string): string {
  return text.replace(REQUIRED_MARK, '').replace(REQUIRED_NOTE, '');
}
const REQUIRED_MARK = /^[*＊★☆※]+/;
const REQUIRED_NOTE = /[(（](?:必填项?|选填|非必填)[)）]/g;

export function bareLabel(key: string): BareLabel {
  const out: BareLabel = { key };
  // `*指标值`, `★年度总体绩效目标`, `一级指标*`: a form's mark for a required field, before or after.
  let k = withoutRequiredMark(key);
  if (k.length > 1 && STAR.test(k[k.length - 1])) k = k.replace(/[*＊★☆※]+$/, '') || k;
  for (let m = NUMBERING.exec(k); m && m[0].length < k.length; m = NUMBERING.exec(k)) k = k.slice(m[0].length);
  // `成本指标(0-20)分`, `产出指标 40分`: points written after the bracket or without one.
  // `效益指标 30分)`: its opening bracket lost (零陵's page, t-hn-lingling-2021-forestry-dept-eval).
  const pointsAfter = /\(?(\d+(?:\.\d+)?)(?:[-~](\d+(?:\.\d+)?))?\)?分\)?$/.exec(k);
  if (pointsAfter && pointsAfter.index > 0 && /[\u4e00-\u9fff)]/.test(k[pointsAfter.index - 1])) {
    out.points = Number(pointsAfter[2] ?? pointsAfter[1]);
    k = k.slice(0, pointsAfter.index);
  }
  for (let m = SUFFIX.exec(k); m && m.index > 0; m = SUFFIX.exec(k)) {
    const unit = MONEY.exec(m[1]);
    if (unit) out.unit ??= unit[1];
    const points = POINTS.exec(m[1]);
    if (points) out.points ??= Number(points[1]);
    k = k.slice(0, m.index);
  }
  // A formula's letters with the closing bracket lost (全年预算数(A, 执行率(B/A: 安徽's 广电精品 自评表 as its
  // page prints it, aq-ah-provincial-2021-radio-tv-quality-fund-eval).
  // Asked only of a key ending in a Latin letter or a bracket: read for most texts of a sheet.
  const last = k.charCodeAt(k.length - 1);
  if (last === 41 /* ) */ ? !k.includes('(') : (last | 32) >= 97 && (last | 32) <= 122) {
    const open = /\([A-Za-z/÷×*+-]{1,5}$/.exec(k);
    if (open && open.index > 0) k = k.slice(0, open.index);
    // Or their opening bracket (执行数B), 执行率B/A): 黄石三中's, an-hb-huangshi-sanzhong-2023-campus-repair-eval).
    const shut = open ? null : /[A-Za-z][A-Za-z/÷×*+-]{0,4}\)$/.exec(k);
    if (shut && shut.index > 0) k = k.slice(0, shut.index);
  }
  // A trailing (A) written without brackets after a colon-free label is rare; not guessed.
  out.key = k;
  return out;
}
