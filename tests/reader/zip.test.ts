/**
 * The zip directory reader under the .xlsx reader: stored and deflated entries, both inflaters
 * (Node's zlib as the CLI passes it, fflate as the browser uses it), and the ways a package lies.
 */
import { gzipSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32, inflateRawSync } from 'zlib';
import { entryBytes, fflateInflate, Gzip, gzipMember, InflateRaw, PackageWriter, platformGzip, ZipError, zipEntries } from '../../src/hosts/file/zip';

const nodeInflate: InflateRaw = (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
const text = 'x'.repeat(5000) + '预算绩效目标表';
const pkg = zipSync({ 'a/deflated.xml': [strToU8(text), { level: 6 }], 'stored.xml': [strToU8('<a/>'), { level: 0 }], 'empty.xml': strToU8('') });

/** Offset of the central directory entry of `name`. */
function centralEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let p = 0; p + 46 < bytes.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const n = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + n)) === name) return p;
  }
  throw new Error(`no entry ${name}`);
}

describe.each([
  ['zlib', nodeInflate],
  ['fflate', fflateInflate],
])('with the %s inflater', (_name, inflate) => {
  it('lists every entry with its method and size, and gives its bytes', () => {
    const entries = zipEntries(pkg);
    expect([...entries.keys()]).toEqual(['a/deflated.xml', 'stored.xml', 'empty.xml']);
    expect(entries.get('a/deflated.xml')).toMatchObject({ method: 8, size: strToU8(text).length });
    expect(entries.get('stored.xml')).toMatchObject({ method: 0, size: 4, compressedSize: 4 });
    expect(new TextDecoder().decode(entryBytes(pkg, entries.get('a/deflated.xml')!, inflate))).toBe(text);
    expect(new TextDecoder().decode(entryBytes(pkg, entries.get('stored.xml')!, inflate))).toBe('<a/>');
    expect(entryBytes(pkg, entries.get('empty.xml')!, inflate)).toHaveLength(0);
  });

  it('refuses an entry that inflates to more than its directory declares (a lying bomb)', () => {
    const bytes = new Uint8Array(pkg);
    new DataView(bytes.buffer).setUint32(centralEntry(bytes, 'a/deflated.xml') + 24, 100, true);
    const entry = zipEntries(bytes).get('a/deflated.xml')!;
    expect(entry.size).toBe(100);
    expect(() => entryBytes(bytes, entry, inflate)).toThrow();
  });

  it('refuses an entry that inflates to less than declared', () => {
    const bytes = new Uint8Array(pkg);
    const declared = strToU8(text).length + 10;
    new DataView(bytes.buffer).setUint32(centralEntry(bytes, 'a/deflated.xml') + 24, declared, true);
    expect(() => entryBytes(bytes, zipEntries(bytes).get('a/deflated.xml')!, inflate)).toThrow(ZipError);
  });
});

test('a cut file, a missing directory and an encrypted entry are ZipErrors', () => {
  expect(() => zipEntries(pkg.subarray(0, pkg.length - 30))).toThrow(ZipError);
  expect(() => zipEntries(strToU8('PK\u0003\u0004 not a zip at all'))).toThrow(ZipError);
  const bytes = new Uint8Array(pkg);
  const view = new DataView(bytes.buffer);
  const at = centralEntry(bytes, 'stored.xml');
  view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  expect(() => zipEntries(bytes)).toThrow(/encrypted/);
  // A local header offset that points past the end.
  const far = new Uint8Array(pkg);
  new DataView(far.buffer).setUint32(centralEntry(far, 'stored.xml') + 42, far.length + 100, true);
  expect(() => entryBytes(far, zipEntries(far).get('stored.xml')!, fflateInflate)).toThrow(ZipError);
});

test('entry names: ASCII as written, UTF-8 when flagged, latin-1 otherwise', () => {
  // fflate sets bit 11 for a name that is not ASCII; cleared, the same bytes read as latin-1 (CP437's stand-in).
  const named = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<a/>'), '附件/说明.txt': strToU8('b') });
  expect([...zipEntries(named).keys()]).toEqual(['xl/worksheets/sheet1.xml', '附件/说明.txt']);
  const at = centralEntry(named, '附件/说明.txt');
  const view = new DataView(named.buffer, named.byteOffset);
  view.setUint16(at + 8, view.getUint16(at + 8, true) & ~0x800, true);
  const raw = strToU8('附件/说明.txt');
  expect([...zipEntries(named).keys()][1]).toBe(String.fromCharCode(...raw));
});

test('zip64 sizes in the extra field are read', () => {
  // Rewrite the stored entry's central record with 0xFFFFFFFF sizes and a zip64 extra field holding them.
  const at = centralEntry(pkg, 'stored.xml');
  const view = new DataView(pkg.buffer, pkg.byteOffset);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const head = pkg.subarray(0, at);
  const record = new Uint8Array(46 + nameLength + 20);
  record.set(pkg.subarray(at, at + 46 + nameLength));
  const r = new DataView(record.buffer);
  r.setUint32(20, 0xffffffff, true);
  r.setUint32(24, 0xffffffff, true);
  r.setUint16(30, 20, true);
  r.setUint16(32, 0, true);
  r.setUint16(46 + nameLength, 1, true);
  r.setUint16(48 + nameLength, 16, true);
  r.setUint32(50 + nameLength, 4, true); // size
  r.setUint32(58 + nameLength, 4, true); // compressed size
  const tail = pkg.subarray(at + 46 + nameLength + extraLength + view.getUint16(at + 32, true));
  const out = new Uint8Array(head.length + record.length + tail.length);
  out.set(head);
  out.set(record, head.length);
  out.set(tail, head.length + record.length);
  // The end record's directory size grew by the difference; its offset is unchanged.
  const eocd = out.length - 22;
  const ov = new DataView(out.buffer);
  ov.setUint32(eocd + 12, ov.getUint32(eocd + 12, true) + record.length - (46 + nameLength + extraLength), true);
  const entry = zipEntries(out).get('stored.xml')!;
  expect(entry).toMatchObject({ size: 4, compressedSize: 4 });
  expect(new TextDecoder().decode(entryBytes(out, entry, fflateInflate))).toBe('<a/>');
});

describe('PackageWriter: written parts gzipped, the rest copied', () => {
  const fflateGzip: Gzip = async (data) => gzipSync(data, { level: 6 });
  const written = new Map([
    ['a/deflated.xml', strToU8('新的内容'.repeat(3000))],
    ['new/part.xml', strToU8('<added/>')],
    ['new/empty.xml', new Uint8Array(0)],
  ]);

  it.each([
    ['the platform gzip (CompressionStream)', platformGzip],
    ['fflate’s gzip (where there is no CompressionStream)', fflateGzip],
  ])('with %s, the copy unzips to the written parts, the copied ones and the new ones, in order', async (_name, gzip) => {
    const writer = new PackageWriter(gzip);
    for (const [name, data] of written) writer.set(name, data);
    const copy = await writer.pack(pkg, zipEntries(pkg), new Set(['empty.xml']));
    const files = unzipSync(copy);
    expect(Object.keys(files)).toEqual(['a/deflated.xml', 'stored.xml', 'new/part.xml', 'new/empty.xml']);
    expect(strFromU8(files['a/deflated.xml'])).toBe('新的内容'.repeat(3000));
    expect(strFromU8(files['stored.xml'])).toBe('<a/>');
    expect(strFromU8(files['new/part.xml'])).toBe('<added/>');
    expect(files['new/empty.xml'].length).toBe(0);
    // The directory's CRCs and sizes are the parts' own (Excel refuses a package whose CRCs are wrong).
    for (const e of zipEntries(copy).values()) {
      const data = entryBytes(copy, e, nodeInflate);
      expect({ name: e.name, size: data.length, crc: crc32(data) }).toEqual({ name: e.name, size: e.size, crc: e.crc });
    }
    expect(zipEntries(copy).get('a/deflated.xml')!.method).toBe(8);
  });

  it('reads a gzip member whatever optional header fields it carries, and refuses what is not one', () => {
    const body = strToU8('正文'.repeat(100));
    const plain = gzipSync(body);
    const named = gzipSync(body, { filename: 'part.xml', mtime: 0 });
    expect(named[3] & 8).toBe(8);
    for (const gz of [plain, named]) {
      const member = gzipMember(gz, body.length);
      expect(member.size).toBe(body.length);
      expect(inflateRawSync(member.deflated)).toEqual(Buffer.from(body));
    }
    expect(gzipMember(plain, body.length).crc).toBe(gzipMember(named, body.length).crc);
    expect(() => gzipMember(strToU8('not gzip at all, long enough'), 4)).toThrow(ZipError);
    expect(() => gzipMember(plain, body.length + 1)).toThrow(ZipError);
  });
});
