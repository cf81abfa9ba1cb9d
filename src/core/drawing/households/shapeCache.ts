/**
 * A bounded memo of household shapes. The drawing is rebuilt on every edit, and a shape is
 * fully determined by its inputs, so an edit elsewhere in the figure finds every other
 * household's shape here. Oldest entries go first once the bound is reached.
 */
export class ShapeCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit: number) {}

  getOrMake(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert so the entry counts as recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }
}
