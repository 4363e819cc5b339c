/**
 * A package part written straight into UTF-8 bytes: the notes of a large table (22 MB of drawing
 * and 7 MB of comments for 37,000 marks) are never one JavaScript string first, to be flattened and
 * encoded whole (about half the time the annotated copy spent making them, and most of its garbage).
 */
let encoder: InstanceType<typeof TextEncoder> | undefined;

/**
 * The platform's encoder, made on first use: modules that write parts are imported where there is
 * none (jsdom, in the preview's component tests). fflate's own encoding is no fallback: it writes a
 * character past U+FFFF wrongly (𠀀 as 𝠀; `c & 1023 << 10` in fflate 0.8.3's strToU8).
 */
function utf8(): InstanceType<typeof TextEncoder> {
  return (encoder ??= new TextEncoder());
}

export class PartBytes {
  private buf = new Uint8Array(1 << 16);
  private at = 0;

  /** Text that does not change, encoded once, where it is first needed. */
  static encode(text: string): Uint8Array {
    return utf8().encode(text);
  }

  bytes(b: Uint8Array): this {
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
    return this;
  }

  text(s: string): this {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    this.room(s.length * 3);
    this.at += utf8().encodeInto(s, this.buf.subarray(this.at)).written;
    return this;
  }

  /** A whole number in decimal digits. */
  number(n: number): this {
    const digits = String(n);
    this.room(digits.length);
    for (let i = 0; i < digits.length; i++) this.buf[this.at++] = digits.charCodeAt(i);
    return this;
  }

  done(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    grown.set(this.buf.subarray(0, this.at));
    this.buf = grown;
  }
}
