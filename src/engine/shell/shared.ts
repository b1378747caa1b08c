// The variables and exported names a subshell inherits, shared with its parent until one of them
// changes them: a `$(...)` that only reads its variables copies none of them. A fork counts as one
// more holder of the same storage; whoever writes while others hold it takes a copy first, and a
// fork that is done (`release`) gives its hold back, so the parent writes in place again.

interface Box<T> {
  value: T;
  holders: number;
}

abstract class Shared<T> {
  protected box: Box<T>;

  protected constructor(box: Box<T>) {
    this.box = box;
  }

  protected abstract copy(value: T): T;

  /** The storage, copied first when another holder shares it. */
  protected own(): T {
    if (this.box.holders > 1) {
      this.box.holders--;
      this.box = { value: this.copy(this.box.value), holders: 1 };
    }
    return this.box.value;
  }

  /** Gives back this holder's share; nothing may use it afterwards. */
  release(): void {
    this.box.holders--;
  }
}

/** A Map of variables shared until written. */
export class SharedMap extends Shared<Map<string, string>> implements Iterable<[string, string]> {
  constructor(entries?: Iterable<readonly [string, string]>, box?: Box<Map<string, string>>) {
    super(box ?? { value: new Map(entries), holders: 1 });
  }

  protected copy(value: Map<string, string>): Map<string, string> {
    return new Map(value);
  }

  get size(): number {
    return this.box.value.size;
  }

  get(key: string): string | undefined {
    return this.box.value.get(key);
  }

  has(key: string): boolean {
    return this.box.value.has(key);
  }

  set(key: string, value: string): this {
    if (this.box.value.get(key) !== value || !this.box.value.has(key)) this.own().set(key, value);
    return this;
  }

  delete(key: string): boolean {
    return this.box.value.has(key) ? this.own().delete(key) : false;
  }

  clear(): void {
    this.release();
    this.box = { value: new Map(), holders: 1 };
  }

  keys(): IterableIterator<string> {
    return this.box.value.keys();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.box.value[Symbol.iterator]();
  }

  /** One more holder of the same variables (a subshell's). */
  fork(): SharedMap {
    this.box.holders++;
    return new SharedMap(undefined, this.box);
  }
}

/** A Set of names shared until changed. */
export class SharedSet extends Shared<Set<string>> implements Iterable<string> {
  constructor(values?: Iterable<string>, box?: Box<Set<string>>) {
    super(box ?? { value: new Set(values), holders: 1 });
  }

  protected copy(value: Set<string>): Set<string> {
    return new Set(value);
  }

  has(key: string): boolean {
    return this.box.value.has(key);
  }

  add(key: string): this {
    if (!this.box.value.has(key)) this.own().add(key);
    return this;
  }

  delete(key: string): boolean {
    return this.box.value.has(key) ? this.own().delete(key) : false;
  }

  clear(): void {
    this.release();
    this.box = { value: new Set(), holders: 1 };
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.box.value[Symbol.iterator]();
  }

  /** One more holder of the same names (a subshell's). */
  fork(): SharedSet {
    this.box.holders++;
    return new SharedSet(undefined, this.box);
  }
}

/** A Map of anything by name (a shell's functions), shared until changed. */
export class SharedTable<V> extends Shared<Map<string, V>> {
  constructor(box?: Box<Map<string, V>>) {
    super(box ?? { value: new Map(), holders: 1 });
  }

  protected copy(value: Map<string, V>): Map<string, V> {
    return new Map(value);
  }

  get size(): number {
    return this.box.value.size;
  }

  get(key: string): V | undefined {
    return this.box.value.get(key);
  }

  set(key: string, value: V): this {
    this.own().set(key, value);
    return this;
  }

  delete(key: string): boolean {
    return this.box.value.has(key) ? this.own().delete(key) : false;
  }

  /** One more holder of the same entries (a subshell's). */
  fork(): SharedTable<V> {
    this.box.holders++;
    return new SharedTable(this.box);
  }
}
