/**
 * A memo of a pure function of a key, for long tables that repeat a few hundred texts a million times. It
 * forgets everything once it holds `limit` entries, so memory stays bounded when every key is distinct.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  /** @param compute the function remembered; @param limit the most entries kept (50,000 by default). */
  constructor(
    private readonly compute: (key: K) => V,
    private readonly limit = 50_000,
  ) {}

  /**
   * The function's value for a key, computed once while remembered.
   * @example new BoundedMemo((s: string) => s.trim()).get(" СОШ № 221 ") // "СОШ № 221"
   */
  get(key: K): V {
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = this.compute(key);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
