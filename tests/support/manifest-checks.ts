// Offline checks of the add-in-only XML manifest (manifest.xml), against the schema's rules
// (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0) and this
// add-in's own: Excel only, ExcelApi 1.6, three Home-tab buttons, every string in en-US and zh-CN,
// every URL on one https origin, every icon present at its declared size.
//
// The checks live in CHECKS (tests/support/manifest-checks.ts) and run through `checkManifest(xml, origin, siteRoot)` or
// `describeManifest(...)`, so a build test can run the same ones on dist/manifest.xml with the
// production origin and the folder the site is served from.
import { existsSync, readFileSync } from 'fs';
import path from 'path';

import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const ROOT = path.join(__dirname, '..', '..');
export const DEV_ORIGIN = 'https://localhost:3000';
export const ADDIN_ID = '5f0c8a54-2a3e-4d7c-9a49-1b7e2f6c3d10';

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_TASKPANE = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';

// ---------------------------------------------------------------------------------------------
// A namespace-aware element tree over fast-xml-parser's preserveOrder output.

interface El {
  /** The name as written, prefix included. */
  name: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent?: El;
}

type Ordered = Record<string, unknown>;

function buildTree(items: Ordered[], scope: Record<string, string>, parent?: El): El[] {
  const out: El[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?') || name.startsWith('!')) continue;
    const attrs = { ...((item[':@'] as Record<string, string> | undefined) ?? {}) };
    const inner = { ...scope };
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'xmlns') inner[''] = v;
      else if (k.startsWith('xmlns:')) inner[k.slice(6)] = v;
    }
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    const ns = inner[prefix];
    if (ns === undefined) throw new Error(`namespace prefix "${prefix}" of <${name}> is not declared`);
    const kids = item[name] as Ordered[];
    const el: El = { name, local, ns, attrs, children: [], text: '', parent };
    el.text = kids
      .filter((k) => '#text' in k)
      .map((k) => String(k['#text']))
      .join('')
      .trim();
    el.children = buildTree(kids, inner, el);
    out.push(el);
  }
  return out;
}

function parseManifest(xml: string): El {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = buildTree(parser.parse(xml) as Ordered[], { xml: 'http://www.w3.org/XML/1998/namespace' });
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

function all(el: El, pred: (e: El) => boolean, acc: El[] = []): El[] {
  if (pred(el)) acc.push(el);
  for (const c of el.children) all(c, pred, acc);
  return acc;
}

/** The only child with this local name (and namespace, when given); fails if absent or repeated. */
function one(el: El, local: string, ns = el.ns): El {
  const found = el.children.filter((c) => c.local === local && c.ns === ns);
  if (found.length !== 1) throw new Error(`<${el.name}> should have one <${local}> child, has ${found.length}`);
  return found[0];
}

function kids(el: El, local: string, ns = el.ns): El[] {
  return el.children.filter((c) => c.local === local && c.ns === ns);
}

function xsiType(el: El): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) {
    const colon = k.indexOf(':');
    if (colon > 0 && k.slice(colon + 1) === 'type' && prefixNs(el, k.slice(0, colon)) === NS_XSI) return v;
  }
  return undefined;
}

function prefixNs(el: El | undefined, prefix: string): string | undefined {
  for (let e = el; e; e = e.parent) {
    const v = e.attrs[`xmlns:${prefix}`];
    if (v !== undefined) return v;
  }
  return undefined;
}

function where(el: El): string {
  const names: string[] = [];
  for (let e: El | undefined = el; e; e = e.parent) names.unshift(e.attrs.id ? `${e.name}#${e.attrs.id}` : e.name);
  return names.join('/');
}

// ---------------------------------------------------------------------------------------------
// Schema order: the xs:sequence of each parent, as far as this manifest uses it. A child that is
// listed must come in this order; a child that is not listed is not allowed at all.

const OFFICEAPP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description',
  'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts',
  // TaskPaneApp's extension of OfficeApp:
  'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides',
];
const OFFICEAPP_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

/** Sequences in the VersionOverrides (task pane 1.0) and basic-types namespaces, by parent. */
const SEQUENCES: Record<string, { order: string[]; required: string[] }> = {
  VersionOverrides: { order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'], required: [] },
  Hosts: { order: ['Host'], required: ['Host'] },
  'Host[Workbook]': { order: ['DesktopFormFactor'], required: [] },
  DesktopFormFactor: { order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'], required: ['ExtensionPoint'] },
  GetStarted: { order: ['Title', 'Description', 'LearnMoreUrl'], required: ['Title', 'Description', 'LearnMoreUrl'] },
  'ExtensionPoint[PrimaryCommandSurface]': { order: ['OfficeTab', 'CustomTab'], required: [] },
  OfficeTab: { order: ['Group'], required: ['Group'] },
  Group: { order: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'] },
  'Control[Button]': { order: ['Label', 'Supertip', 'Icon', 'Action'], required: ['Label', 'Supertip', 'Icon', 'Action'] },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  Icon: { order: ['Image'], required: ['Image'] },
  'Action[ShowTaskpane]': { order: ['TaskpaneId', 'SourceLocation', 'Title'], required: ['SourceLocation'] },
  'Action[ExecuteFunction]': { order: ['FunctionName'], required: ['FunctionName'] },
  Resources: { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: [] },
  Images: { order: ['Image'], required: [] },
  Urls: { order: ['Url'], required: [] },
  ShortStrings: { order: ['String'], required: [] },
  LongStrings: { order: ['String'], required: [] },
  String: { order: ['Override'], required: [] },
  Url: { order: ['Override'], required: [] },
  Image: { order: ['Override'], required: [] },
};
const LEAVES = new Set(['Title', 'Description', 'LearnMoreUrl', 'FunctionFile', 'Label', 'TaskpaneId', 'SourceLocation', 'FunctionName', 'Override']);

function checkSequence(el: El, order: string[], required: string[]): void {
  let last = -1;
  for (const c of el.children) {
    const at = order.indexOf(c.local);
    if (at < 0) throw new Error(`<${c.name}> is not a valid child of ${where(el)} (allowed, in order: ${order.join(', ')})`);
    if (at < last) throw new Error(`<${c.name}> comes after <${order[last]}> in ${where(el)}; the schema order is ${order.join(', ')}`);
    last = at;
  }
  for (const r of required) {
    if (!el.children.some((c) => c.local === r)) throw new Error(`${where(el)} lacks the required <${r}>`);
  }
}

function checkOverridesOrder(el: El): void {
  if (el.ns !== NS_TASKPANE && el.ns !== NS_BT) throw new Error(`${where(el)} is outside the VersionOverrides and basic-types namespaces`);
  if (LEAVES.has(el.local)) {
    if (el.children.length > 0) throw new Error(`${where(el)} should have no child elements`);
    return;
  }
  const type = xsiType(el);
  const seq = SEQUENCES[type ? `${el.local}[${type}]` : el.local] ?? SEQUENCES[el.local];
  if (!seq) throw new Error(`${where(el)}${type ? ` (xsi:type ${type})` : ''} is not expected in this manifest`);
  checkSequence(el, seq.order, seq.required);
  for (const c of el.children) checkOverridesOrder(c);
}

// ---------------------------------------------------------------------------------------------
// Resources.

type Kind = 'image' | 'url' | 'short' | 'long';
const COLLECTIONS: Record<Kind, [string, string]> = {
  image: ['Images', 'Image'],
  url: ['Urls', 'Url'],
  short: ['ShortStrings', 'String'],
  long: ['LongStrings', 'String'],
};
const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

/** What kind of resource a resid on this element refers to (from its schema type). */
function refKind(el: El): Kind {
  switch (el.local) {
    case 'Image':
      return 'image';
    case 'FunctionFile':
    case 'SourceLocation':
    case 'LearnMoreUrl':
      return 'url';
    case 'Label':
    case 'Title':
      return 'short';
    case 'Description':
      return 'long';
    default:
      throw new Error(`${where(el)} has a resid, but this check does not know its resource kind`);
  }
}

interface Manifest {
  root: El;
  overrides: El;
  resources: Record<Kind, Map<string, El>>;
}

function readManifest(xml: string): Manifest {
  const root = parseManifest(xml);
  const overrides = one(root, 'VersionOverrides', NS_TASKPANE);
  const res = one(overrides, 'Resources');
  const resources = {} as Record<Kind, Map<string, El>>;
  for (const [kind, [group, item]] of Object.entries(COLLECTIONS) as [Kind, [string, string]][]) {
    const map = new Map<string, El>();
    for (const coll of kids(res, group, NS_BT)) {
      for (const r of kids(coll, item, NS_BT)) {
        const id = r.attrs.id;
        if (!id) throw new Error(`${where(r)} has no id`);
        if (map.has(id)) throw new Error(`resource id ${id} is defined twice in bt:${group}`);
        map.set(id, r);
      }
    }
    resources[kind] = map;
  }
  return { root, overrides, resources };
}

function resource(m: Manifest, kind: Kind, id: string): El {
  const r = m.resources[kind].get(id);
  if (!r) throw new Error(`no ${kind} resource ${id}`);
  return r;
}

function zhCN(el: El): string | undefined {
  return el.children.find((c) => c.local === 'Override' && c.attrs.Locale === 'zh-CN')?.attrs.Value;
}

/** The en-US and zh-CN text of a string resource referenced by a child of `el`. */
function text(m: Manifest, el: El, child: string): { en: string; zh: string | undefined } {
  const ref = one(el, child);
  const r = resource(m, refKind(ref), ref.attrs.resid);
  return { en: r.attrs.DefaultValue, zh: zhCN(r) };
}

function url(m: Manifest, el: El, child: string): string {
  return resource(m, 'url', one(el, child).attrs.resid).attrs.DefaultValue;
}

// ---------------------------------------------------------------------------------------------
// PNG size, from the IHDR chunk.

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 24 || !b.subarray(0, 8).equals(signature) || b.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------------
// The checks.

interface Target {
  xml: string;
  /** The single origin of every URL, e.g. https://localhost:3000. */
  origin: string;
  /** The folder served at the origin's root: /assets/icon-32.png is siteRoot/assets/icon-32.png. */
  siteRoot: string;
}

interface Ctx extends Target {
  m: Manifest;
}

const CJK = /[\u3400-\u9fff]/;
const LATIN = /[A-Za-z]/;
const ICON_SIZES = ['16', '32', '80'];
/** A value that is a URL: scheme:// or a scheme that needs no slashes. */
const URLISH = /^([a-z][a-z0-9+.-]*:\/\/|(data|javascript|mailto|file|about):)/i;

const CHECKS: [string, (c: Ctx) => void][] = [
  [
    'is well-formed XML with one OfficeApp root',
    ({ xml, m }) => {
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(m.root.local).toBe('OfficeApp');
      expect(m.root.ns).toBe(NS_APP);
      expect(prefixNs(m.root, 'bt')).toBe(NS_BT);
    },
  ],
  [
    'OfficeApp children are in schema order, with the add-in id and version',
    ({ m }) => {
      checkSequence(m.root, OFFICEAPP_ORDER, OFFICEAPP_REQUIRED);
      for (const c of m.root.children) {
        expect(c.ns).toBe(c.local === 'VersionOverrides' ? NS_TASKPANE : NS_APP);
      }
      expect(one(m.root, 'Id').text).toBe(ADDIN_ID);
      expect(one(m.root, 'Version').text).toBe('0.1.0.0');
      expect(one(m.root, 'ProviderName').text).not.toBe('');
      expect(one(m.root, 'DefaultLocale').text).toBe('en-US');
    },
  ],
  [
    'VersionOverrides elements are in schema order',
    ({ m }) => {
      expect(xsiType(m.overrides)).toBe('VersionOverridesV1_0');
      checkOverridesOrder(m.overrides);
    },
  ],
  [
    'is a TaskPaneApp for Excel with ReadWriteDocument and ExcelApi 1.6',
    ({ m }) => {
      expect(xsiType(m.root)).toBe('TaskPaneApp');
      expect(kids(one(m.root, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
      expect(one(m.root, 'Permissions').text).toBe('ReadWriteDocument');
      const sets = one(one(m.root, 'Requirements'), 'Sets');
      expect(sets.attrs.DefaultMinVersion).toBe('1.1');
      expect(kids(sets, 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.6']]);
      const hosts = kids(one(m.overrides, 'Hosts'), 'Host');
      expect(hosts.map(xsiType)).toEqual(['Workbook']);
      expect(hosts[0].children.map((c) => c.local)).toEqual(['DesktopFormFactor']);
    },
  ],
  [
    'every resid is defined in Resources and every resource is used',
    ({ m }) => {
      const used = new Map<Kind, Set<string>>(Object.keys(COLLECTIONS).map((k) => [k as Kind, new Set<string>()]));
      for (const ref of all(m.overrides, (e) => 'resid' in e.attrs)) {
        const kind = refKind(ref);
        const id = ref.attrs.resid;
        expect(m.resources[kind].has(id) ? id : `${where(ref)} -> undefined ${kind} resource ${id}`).toBe(id);
        used.get(kind)!.add(id);
      }
      for (const kind of Object.keys(COLLECTIONS) as Kind[]) {
        const unused = [...m.resources[kind].keys()].filter((id) => !used.get(kind)!.has(id));
        expect(unused.map((id) => `unused ${kind} resource ${id}`)).toEqual([]);
        for (const id of m.resources[kind].keys()) expect(id.length).toBeLessThanOrEqual(RESID_MAX);
      }
    },
  ],
  [
    'every string has en-US text and a Chinese zh-CN override within the schema length',
    ({ m }) => {
      const strings: [string, El, number][] = [
        ['DisplayName', one(m.root, 'DisplayName'), SHORT_MAX],
        ['Description', one(m.root, 'Description'), LONG_MAX],
        ...[...m.resources.short].map(([id, el]): [string, El, number] => [id, el, SHORT_MAX]),
        ...[...m.resources.long].map(([id, el]): [string, El, number] => [id, el, LONG_MAX]),
      ];
      expect(m.resources.short.size).toBeGreaterThan(0);
      expect(m.resources.long.size).toBeGreaterThan(0);
      for (const [id, el, max] of strings) {
        const en = el.attrs.DefaultValue ?? '';
        const overrides = kids(el, 'Override');
        const zh = overrides.filter((o) => o.attrs.Locale === 'zh-CN').map((o) => o.attrs.Value ?? '');
        expect({ id, en: LATIN.test(en) && en.length <= max }).toEqual({ id, en: true });
        expect({ id, zhOverrides: zh.length }).toEqual({ id, zhOverrides: 1 });
        expect({ id, zh: CJK.test(zh[0]) && zh[0].trim() === zh[0] && zh[0].length <= max }).toEqual({ id, zh: true });
      }
      expect(zhCN(one(m.root, 'DisplayName'))).toBe('绩效表校验助手');
      expect(one(m.root, 'DisplayName').attrs.DefaultValue).toBe('Budget Table Checker');
    },
  ],
  [
    'every URL is https on the single origin',
    ({ m, origin }) => {
      expect(origin).toMatch(/^https:\/\/[^/]+$/);
      const urls: [string, string][] = [];
      for (const el of all(m.root, () => true)) {
        for (const [k, v] of Object.entries(el.attrs)) {
          if (k !== 'xmlns' && !k.startsWith('xmlns:') && URLISH.test(v)) urls.push([`${where(el)}@${k}`, v]);
        }
        if (URLISH.test(el.text)) urls.push([where(el), el.text]);
      }
      // IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation, three images, four URLs.
      expect(urls.length).toBeGreaterThanOrEqual(11);
      for (const [at, u] of urls) {
        const parsed = new URL(u);
        expect({ at, u, https: parsed.protocol, origin: parsed.origin, prefixed: u.startsWith(`${origin}/`) }).toEqual({
          at,
          u,
          https: 'https:',
          origin,
          prefixed: true,
        });
      }
      expect(one(one(m.root, 'DefaultSettings'), 'SourceLocation').attrs.DefaultValue).toBe(`${origin}/taskpane.html`);
      for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
        expect(one(m.root, name).attrs.DefaultValue).toMatch(new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
      }
    },
  ],
  [
    'the desktop form factor has GetStarted and the commands function file',
    ({ m, origin }) => {
      const desktop = one(one(one(m.overrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
      const started = one(desktop, 'GetStarted');
      expect(text(m, started, 'Title').en).not.toBe('');
      expect(text(m, started, 'Description').en).not.toBe('');
      expect(url(m, started, 'LearnMoreUrl').startsWith(`${origin}/`)).toBe(true);
      expect(url(m, desktop, 'FunctionFile')).toBe(`${origin}/commands.html`);
      expect(kids(desktop, 'ExtensionPoint').map(xsiType)).toEqual(['PrimaryCommandSurface']);
    },
  ],
  [
    'the Home tab has one group with the three buttons',
    ({ m, origin }) => {
      const desktop = one(one(one(m.overrides, 'Hosts'), 'Host'), 'DesktopFormFactor');
      const surface = one(desktop, 'ExtensionPoint');
      expect(surface.children.map((c) => [c.local, c.attrs.id])).toEqual([['OfficeTab', 'TabHome']]);
      const groups = kids(one(surface, 'OfficeTab'), 'Group');
      expect(groups).toHaveLength(1);
      const group = groups[0];
      expect(text(m, group, 'Label')).toEqual({ en: 'Budget Check', zh: '绩效表校验' });
      const iconSizes = (el: El) => kids(one(el, 'Icon'), 'Image', NS_BT).map((i) => i.attrs.size);
      expect(iconSizes(group)).toEqual(ICON_SIZES);

      const buttons = kids(group, 'Control');
      expect(buttons.map(xsiType)).toEqual(['Button', 'Button', 'Button']);
      const ids = buttons.map((b) => b.attrs.id);
      expect(new Set(ids).size).toBe(3);
      const summary = buttons.map((b) => {
        const action = one(b, 'Action');
        const type = xsiType(action);
        const supertip = one(b, 'Supertip');
        expect(text(m, supertip, 'Title').en).not.toBe('');
        expect(text(m, supertip, 'Description').en).not.toBe('');
        expect(iconSizes(b)).toEqual(ICON_SIZES);
        return {
          label: text(m, b, 'Label'),
          type,
          ...(type === 'ShowTaskpane'
            ? { pane: one(action, 'TaskpaneId').text, url: url(m, action, 'SourceLocation') }
            : { fn: one(action, 'FunctionName').text }),
        };
      });
      expect(summary).toEqual([
        {
          label: { en: 'Validate sheet', zh: '校验工作表' },
          type: 'ShowTaskpane',
          pane: 'BudgetCheckPane',
          url: `${origin}/taskpane.html?command=validate`,
        },
        { label: { en: 'Clear marks', zh: '清除标记' }, type: 'ExecuteFunction', fn: 'clearMarks' },
        { label: { en: 'Show pane', zh: '显示面板' }, type: 'ShowTaskpane', pane: 'BudgetCheckPane', url: `${origin}/taskpane.html` },
      ]);
    },
  ],
  [
    'every icon exists in the site with the pixel size it is declared at',
    ({ m, origin, siteRoot }) => {
      const icons: [string, string, number][] = [
        ['IconUrl', one(m.root, 'IconUrl').attrs.DefaultValue, 32],
        ['HighResolutionIconUrl', one(m.root, 'HighResolutionIconUrl').attrs.DefaultValue, 64],
      ];
      for (const ref of all(m.overrides, (e) => e.local === 'Image' && e.ns === NS_BT && 'resid' in e.attrs)) {
        icons.push([`${where(ref)}@${ref.attrs.resid}`, resource(m, 'image', ref.attrs.resid).attrs.DefaultValue, Number(ref.attrs.size)]);
      }
      expect(icons.length).toBeGreaterThan(2);
      for (const [at, u, size] of icons) {
        expect(u.startsWith(`${origin}/`)).toBe(true);
        const file = path.join(siteRoot, ...decodeURIComponent(new URL(u).pathname).split('/').filter(Boolean));
        expect({ at, file, exists: existsSync(file) }).toEqual({ at, file, exists: true });
        expect({ at, file, ...pngSize(file) }).toEqual({ at, file, width: size, height: size });
      }
    },
  ],
];

/** Runs every check on a manifest; throws "<check>: <reason>" at the first that fails. */
export function checkManifest(xml: string, origin: string, siteRoot: string = ROOT): void {
  let m: Manifest;
  try {
    m = readManifest(xml);
  } catch (e) {
    throw new Error(`${CHECKS[0][0]}: ${(e as Error).message}`);
  }
  for (const [title, check] of CHECKS) {
    try {
      check({ xml, origin, siteRoot, m });
    } catch (e) {
      throw new Error(`${title}: ${(e as Error).message}`);
    }
  }
}

/** One jest test per check, on the manifest that `load` gives. */
export function describeManifest(name: string, load: () => Target): void {
  describe(name, () => {
    let target: Target;
    let m: Manifest;
    beforeAll(() => {
      target = load();
      m = readManifest(target.xml);
    });
    for (const [title, check] of CHECKS) {
      test(title, () => check({ ...target, m }));
    }
  });
}

