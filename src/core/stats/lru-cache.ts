/**
 * A small bounded least-recently-used cache: a workbook has a handful of distinct district ranges, so a few
 * entries suffice, and the bound keeps memory flat however many ranges a session sees.
 *
 * @example
 * const cache = new LruCache<string, number>(2);
 * cache.getOrCompute("a", () => 1); // 1 (computed)
 * cache.getOrCompute("a", () => 2); // 1 (cached)
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error("LruCache capacity must be at least 1");
  }

  /** How many entries are held. */
  get size(): number {
    return this.entries.size;
  }

  /** The cached value for `key`, computing and storing it on a miss (evicting the least recently used). */
  getOrCompute(key: K, compute: () => V): V {
    const entries = this.entries;
    if (entries.has(key)) {
      const value = entries.get(key) as V;
      // Refresh recency only when the key is not already the newest (cheap path for the common repeat).
      entries.delete(key);
      entries.set(key, value);
      return value;
    }
    const value = compute();
    entries.set(key, value);
    if (entries.size > this.capacity) entries.delete(entries.keys().next().value as K);
    return value;
  }

  /** Forgets everything (tests, or a workbook switch). */
  clear(): void {
    this.entries.clear();
  }
}
