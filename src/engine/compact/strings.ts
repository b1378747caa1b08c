// Interned strings: each distinct string stored once, addressed by index. The table crosses to the
// page as one string and one offset array, so a structured clone copies two values, not thousands.

/** Strings as they travel: their concatenation and the end offset of each. */
export interface StringTableData {
  text: string;
  ends: Uint32Array;
}

/** Collects distinct strings while a trace is encoded. */
export class StringInterner {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];

  /** The index of a string, adding it on first sight. */
  id(value: string): number {
    let found = this.index.get(value);
    if (found === undefined) {
      found = this.list.length;
      this.list.push(value);
      this.index.set(value, found);
    }
    return found;
  }

  /**
   * Adds a string the caller knows by other means (so it is not looked up, and a long text is not
   * hashed); interning an equal string later keeps a second copy, which reads the same.
   */
  add(value: string): number {
    this.list.push(value);
    return this.list.length - 1;
  }

  /** The table in its travelling form. */
  data(): StringTableData {
    const ends = new Uint32Array(this.list.length);
    let end = 0;
    this.list.forEach((s, i) => { end += s.length; ends[i] = end; });
    return { text: this.list.join(''), ends };
  }
}

/** Reads strings from a travelling table, slicing each one once. */
export class StringTable {
  private readonly cache: (string | undefined)[];

  constructor(private readonly data: StringTableData) {
    this.cache = new Array<string | undefined>(data.ends.length);
  }

  /** The string at an index. */
  get(i: number): string {
    let s = this.cache[i];
    if (s === undefined) {
      s = this.data.text.slice(i === 0 ? 0 : this.data.ends[i - 1], this.data.ends[i]);
      this.cache[i] = s;
    }
    return s;
  }

  /** How many strings the table holds. */
  get size(): number {
    return this.data.ends.length;
  }
}
