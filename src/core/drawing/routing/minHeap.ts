/**
 * A binary min-heap of integer items by number keys, on growable typed arrays. The same
 * pushes and pops in the same order always give the same items back, so searches built on it
 * are deterministic.
 */
export class MinHeap {
  private keys = new Float64Array(64);
  private items = new Int32Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(item: number, key: number): void {
    if (this.count === this.items.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      items[i] = items[parent]!;
      i = parent;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Takes off an item with the least key; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const keys = this.keys;
    const items = this.items;
    const top = items[0]!;
    const last = --this.count;
    const key = keys[last]!;
    const item = items[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      items[i] = items[child]!;
      i = child;
    }
    keys[i] = key;
    items[i] = item;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.items.length * 2);
    const items = new Int32Array(this.items.length * 2);
    keys.set(this.keys);
    items.set(this.items);
    this.keys = keys;
    this.items = items;
  }
}
