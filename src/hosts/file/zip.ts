/**
 * The entries of a zip package, read from its central directory, and their bytes inflated by a
 * function the host passes: Node's native zlib in the CLI (≈5× fflate's JavaScript inflate on a
 * 6.5 MB sheet: 17 ms against 90 ms in a fresh process), fflate in the browser, and the browser's
 * own zlib (`platformInflate`) for the preview's large parts. Only what an .xlsx
 * needs: stored and deflated entries, zip64 sizes; no encryption (an encrypted .xlsx is an OLE file).
 */
import { gzipSync, inflateSync, strFromU8, Zip, ZipInputFile, ZipPassThrough } from 'fflate';

/** Inflates raw deflate data into exactly `size` bytes (the size the directory declares). */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Uncompressed size as the directory declares it (checked against the limits before inflating). */
  size: number;
  compressedSize: number;
  /** Offset of the entry's local header. */
  offset: number;
  /** CRC-32 of the uncompressed bytes, as the directory gives it. */
  crc: number;
}

export class ZipError extends Error {}

/**
 * fflate's inflate: the default, and the browser's. It stops when its output buffer is full, so
 * one byte of room past the declared size shows a directory that understates an entry.
 */
export const fflateInflate: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size + 1) });

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function need(b: Uint8Array, end: number, what: string): void {
  if (end > b.length || end < 0) throw new ZipError(`${what} past the end of the file`);
}

/**
 * An entry's name: ASCII, as every package part's is, read as it stands; any other decoded as its
 * flag says (the command never loads fflate for a check, scripts/fflate-on-first-use.cjs).
 */
function entryName(bytes: Uint8Array, latin1: boolean): string {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return strFromU8(bytes, latin1);
  // In one call, not added up a character at a time (a rope of them); an absurdly long name as any other.
  return bytes.length <= 1024 ? String.fromCharCode.apply(null, bytes as unknown as number[]) : strFromU8(bytes, latin1);
}

/** Every entry of the package, by name, in directory order. */
export function zipEntries(b: Uint8Array): Map<string, ZipEntry> {
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  let count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  if ((count === 0xffff || at === MAX32) && eocd >= 20 && u32(b, eocd - 20) === EOCD64_LOCATOR) {
    const record = u64(b, eocd - 12);
    need(b, record + 56, 'zip64 end record');
    if (u32(b, record) !== EOCD64) throw new ZipError('bad zip64 end record');
    count = u64(b, record + 32);
    at = u64(b, record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    need(b, at + 46, 'central directory');
    if (u32(b, at) !== CENTRAL) throw new ZipError('bad central directory entry');
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    let offset = u32(b, at + 42);
    need(b, at + 46 + nameLength + extraLength, 'central directory');
    // Bit 11: UTF-8 names; otherwise CP437, which for the ASCII part names of a package is the same as latin-1.
    const name = entryName(b.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
      // zip64 extra field: the 64-bit values, in this order, for those marked MAX32.
      let x = at + 46 + nameLength;
      const end = x + extraLength;
      while (x + 4 <= end) {
        const id = u16(b, x);
        const length = u16(b, x + 2);
        if (id === 1) {
          let v = x + 4;
          if (size === MAX32) {
            size = u64(b, v);
            v += 8;
          }
          if (compressedSize === MAX32) {
            compressedSize = u64(b, v);
            v += 8;
          }
          if (offset === MAX32) offset = u64(b, v);
          break;
        }
        x += 4 + length;
      }
    }
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    entries.set(name, { name, method, size, compressedSize, offset, crc: u32(b, at + 16) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes as stored in the package (deflated, or stored as they are). */
export function rawEntryBytes(b: Uint8Array, e: ZipEntry): Uint8Array {
  need(b, e.offset + 30, e.name);
  if (u32(b, e.offset) !== LOCAL) throw new ZipError(`bad local header for ${e.name}`);
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  need(b, start + e.compressedSize, e.name);
  return b.subarray(start, start + e.compressedSize);
}

/** One entry's bytes, inflated; never more than the directory declared. */
export function entryBytes(b: Uint8Array, e: ZipEntry, inflate: InflateRaw): Uint8Array {
  const data = rawEntryBytes(b, e);
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw new ZipError(`${e.name}: stored sizes differ`);
    return data;
  }
  if (e.method !== 8) throw new ZipError(`${e.name}: compression method ${e.method}`);
  if (e.size === 0) return new Uint8Array(0);
  return sized(e, inflate(data, e.size));
}

/** An inflater that works off the calling thread (Node's zlib on its thread pool). */
export type InflateRawAsync = (data: Uint8Array, size: number) => Promise<Uint8Array>;

/**
 * The platform's own inflate (zlib under DecompressionStream, in the browser and in Node), read a
 * chunk at a time into the declared size and one byte more, as fflateInflate stops: a part that
 * inflates to more than its directory says is refused before it is all inflated. fflate's
 * JavaScript inflate where there is none (jsdom). In Chromium, the preview's worker read the
 * merge-free benchmark file in ~290 ms with fflate alone.
 */
export const platformInflate: InflateRawAsync = (data, size) => (inflater ??= inflatesRaw() ? streamInflate : async (d, n) => fflateInflate(d, n))(data, size);

/**
 * Chosen on first use, not when the module loads: asking for DecompressionStream (or
 * CompressionStream) loads Node's web streams, ~7 ms of every command's start, for what only the
 * preview and the pane call.
 */
let inflater: InflateRawAsync | undefined;

const streamInflate: InflateRawAsync = async (data, size) => {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const out = new Uint8Array(size + 1);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out.subarray(0, at);
    const room = out.length - at;
    out.set(value.length > room ? value.subarray(0, room) : value, at);
    at += Math.min(value.length, room);
    if (at === out.length) {
      await reader.cancel();
      return out;
    }
  }
};

/**
 * Whether the platform inflates raw deflate: DecompressionStream has taken 'deflate-raw' only
 * since Chromium 103 and Safari 16.4, and browsers on older Chromium cores (still common in
 * government offices) refuse it.
 */
function inflatesRaw(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** entryBytes, with the inflating done by an asynchronous inflater; the same checks. */
export async function entryBytesAsync(b: Uint8Array, e: ZipEntry, inflate: InflateRawAsync): Promise<Uint8Array> {
  // Stored or empty: nothing to inflate, and entryBytes says what is wrong with any other method.
  if (e.method !== 8 || e.size === 0) return entryBytes(b, e, NEVER);
  return sized(e, await inflate(rawEntryBytes(b, e), e.size));
}

const NEVER: InflateRaw = () => {
  throw new ZipError('nothing to inflate');
};

function sized(e: ZipEntry, out: Uint8Array): Uint8Array {
  if (out.length !== e.size) throw new ZipError(`${e.name}: inflated to ${out.length} bytes, the directory says ${e.size}`);
  return out;
}

/**
 * The package again, in its entries' order, for a copy that lives only in memory: an entry not in
 * `written` is copied as it was compressed (neither inflated nor deflated again; fflate's Zip takes
 * it with the directory's CRC and sizes), a written one is stored uncompressed, new ones follow.
 */
export function repackage(bytes: Uint8Array, entries: Map<string, ZipEntry>, written: Map<string, Uint8Array>): Uint8Array {
  return assemble(bytes, entries, new Set(written.keys()), new Set(), (zip, name) => {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(written.get(name)!, true);
  });
}

/** Gzips one part; a gzip member's body is raw deflate, and its trailer the CRC-32 a zip entry needs. */
export type Gzip = (data: Uint8Array) => Promise<Uint8Array>;

type PackedPart = ReturnType<typeof gzipMember>;

/**
 * The package again for a copy the person downloads (repackage's way: entries not written are
 * copied as they were compressed), each written part gzipped the moment it is set, by `gzip` (by
 * default the platform's own: zlib under CompressionStream, off the main thread in the browser's
 * worker and in Node), so one part is compressed while the next is made. fflate's deflate is
 * JavaScript on the main thread: the notes drawing of a table with 37,000 marks (22 MB of VML)
 * took 170 ms at its fastest level, against 70 at zlib's default.
 */
export class PackageWriter {
  private readonly parts = new Map<string, Promise<PackedPart>>();

  constructor(private readonly gzip: Gzip = platformGzip) {}

  set(name: string, data: Uint8Array): void {
    const packed = this.gzip(data).then((gz) => gzipMember(gz, data.length));
    // A copy given up on before it is packed never awaits its parts.
    packed.catch(() => undefined);
    this.parts.set(name, packed);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** The package: its entries in order (those in `omit` left out), the parts set replacing theirs, new ones last. */
  async pack(bytes: Uint8Array, entries: Map<string, ZipEntry>, omit: ReadonlySet<string> = new Set()): Promise<Uint8Array> {
    const packed = new Map<string, PackedPart>();
    for (const [name, part] of this.parts) packed.set(name, await part);
    return assemble(bytes, entries, new Set(packed.keys()), omit, (zip, name) => {
      const part = packed.get(name)!;
      const file: ZipInputFile = { filename: name, crc: part.crc, size: part.size, compression: 8 };
      zip.add(file);
      file.ondata!(null, part.deflated as Uint8Array<ArrayBuffer>, true);
    });
  }
}

/** zlib in a stream where the platform has CompressionStream (browsers, Node ≥ 18); fflate's gzip elsewhere (jsdom). */
export const platformGzip: Gzip = (data) =>
  (gzipper ??=
    typeof CompressionStream === 'function'
      ? async (d) => new Uint8Array(await new Response(new Blob([d as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer())
      : async (d) => gzipSync(d, { level: downloadLevel(d.length) }))(data);

/** Chosen on first use, as the inflater is. */
let gzipper: Gzip | undefined;

/** fflate's level for a part written anew: 1 past a megabyte, where the copy's time matters more than its size. */
const downloadLevel = (size: number): 1 | 6 => (size > 1 << 20 ? 1 : 6);

/** A gzip member (RFC 1952) as a zip entry holds it: the raw deflate between header and trailer, the trailer's CRC-32. */
export function gzipMember(gz: Uint8Array, size: number): { deflated: Uint8Array; crc: number; size: number } {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b || gz[2] !== 8) throw new ZipError('not a gzip member');
  const flags = gz[3];
  let at = 10;
  if (flags & 4) at += 2 + u16(gz, at);
  if (flags & 8) at = gz.indexOf(0, at) + 1;
  if (flags & 16) at = gz.indexOf(0, at) + 1;
  if (flags & 2) at += 2;
  const end = gz.length - 8;
  if (at <= 0 || at > end) throw new ZipError('gzip header past its data');
  if (u32(gz, end + 4) !== size % 0x100000000) throw new ZipError(`gzip member holds ${u32(gz, end + 4)} bytes, not ${size}`);
  return { deflated: gz.subarray(at, end), crc: u32(gz, end), size };
}

/** The zip around the entries: copied ones as they were compressed, the written ones by `add`, new ones last. */
function assemble(bytes: Uint8Array, entries: Map<string, ZipEntry>, written: ReadonlySet<string>, omit: ReadonlySet<string>, add: (zip: Zip, name: string) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const entry of entries.values()) {
    if (omit.has(entry.name)) continue;
    if (written.has(entry.name)) {
      add(zip, entry.name);
      continue;
    }
    const copied: ZipInputFile = { filename: entry.name, crc: entry.crc, size: entry.size, compression: entry.method };
    zip.add(copied);
    copied.ondata!(null, rawEntryBytes(bytes, entry) as Uint8Array<ArrayBuffer>, true);
  }
  for (const name of written) if (!entries.has(name)) add(zip, name);
  zip.end();
  if (failure) throw failure;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
