/**
 * A map from whole numbers (0 … 2^53 − 1, such as packed school × procedure × year keys) to numbers, in two
 * typed arrays with open addressing: no object or boxed number per entry, so a million rows cost 16 bytes an
 * entry and no garbage. Iteration follows insertion order, as a `Map`'s does.
 */
export class NumberMap {
  private keys: Float64Array;
  private values: Float64Array;
  /** Slot of each entry in insertion order (slot + 1; 0 for an empty slot in `slots`). */
  private order: Int32Array;
  private slots: Int32Array;
  private count = 0;

  /** @param expected how many entries to make room for at first (the map grows as needed). */
  constructor(expected = 16) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.order = new Int32Array(capacity >> 1);
  }

  /** How many entries the map holds. */
  get size(): number {
    return this.count;
  }

  /**
   * The value of a key, or undefined.
   * @example const m = new NumberMap(); m.set(2 ** 40 + 7, 3); m.get(2 ** 40 + 7) // 3
   */
  get(key: number): number | undefined {
    const slot = this.find(key);
    return this.slots[slot] === 0 ? undefined : this.values[slot];
  }

  /**
   * True when the map holds the key.
   * @example new NumberMap().has(1) // false
   */
  has(key: number): boolean {
    return this.slots[this.find(key)] !== 0;
  }

  /**
   * Sets a key's value (a new key goes last in the order).
   * @example new NumberMap().set(5, 1).get(5) // 1
   */
  set(key: number, value: number): this {
    let slot = this.find(key);
    if (this.slots[slot] === 0) {
      if ((this.count + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.find(key);
      }
      this.keys[slot] = key;
      this.order[this.count] = slot;
      this.count++;
      this.slots[slot] = this.count;
    }
    this.values[slot] = value;
    return this;
  }

  /**
   * Visits every entry in insertion order.
   * @example const m = new NumberMap().set(9, 1).set(4, 2); const seen: number[] = []; m.forEach((v, k) => seen.push(k)); seen // [9, 4]
   */
  forEach(visit: (value: number, key: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      const slot = this.order[i];
      visit(this.values[slot], this.keys[slot]);
    }
  }

  /** The slot of a key, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.keys.length - 1;
    const low = key >>> 0;
    const high = (key / 4294967296) >>> 0;
    // MurmurHash3's finaliser over both halves: packed keys differ in a few bits anywhere.
    let h = low ^ Math.imul(high, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    let slot = (h ^ (h >>> 16)) & mask;
    while (this.slots[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const order = this.order.subarray(0, this.count);
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.values = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.order = new Int32Array(capacity >> 1);
    const count = this.count;
    this.count = 0;
    for (let i = 0; i < count; i++) this.set(keys[order[i]], values[order[i]]);
  }
}
