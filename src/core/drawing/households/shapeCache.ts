/**
 * A bounded memo of household shapes. The drawing is rebuilt on every edit, and a shape is
 * fully determined by the numbers it is made from, so an edit elsewhere in the figure finds
 * every other household's shape here. Entries are found by a hash of the numbers and then
 * checked number by number, so two different inputs can never share a shape. The least
 * recently used entries go first once the bound is reached.
 */
export class ShapeCache<T> {
  private readonly entries = new Map<string, { input: Float64Array; value: T }>();

  constructor(private readonly limit: number) {}

  getOrMake(input: Float64Array, make: () => T): T {
    const key = hashKey(input);
    const hit = this.entries.get(key);
    if (hit && sameNumbers(hit.input, input)) {
      // Re-insert so the entry counts as recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = make();
    this.entries.delete(key);
    this.entries.set(key, { input, value });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Two independent 32-bit hashes of the numbers (to 1/1000 of a unit) and their count. */
function hashKey(input: Float64Array): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < input.length; i++) {
    const v = Math.round(input[i]! * 1000);
    const lo = v | 0;
    const hi = (v / 4294967296) | 0;
    a = Math.imul(a ^ lo, 0x01000193);
    a = Math.imul(a ^ hi, 0x01000193);
    b = Math.imul(b ^ lo, 0x5bd1e995);
    b ^= b >>> 15;
    b = Math.imul(b ^ hi, 0x5bd1e995);
  }
  return `${a >>> 0}:${b >>> 0}:${input.length}`;
}

function sameNumbers(x: Float64Array, y: Float64Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
