// Math.min(...values) and target.push(...items) pass every value as an argument: past about
// 100,000 values (a figure of 200,000 persons) they end in "Maximum call stack size exceeded".
// These loops give the same answers at any size.

/** The smallest of the values, as Math.min(...values) would give (Infinity for none). */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) least = Math.min(least, v);
  return least;
}

/** The largest of the values, as Math.max(...values) would give (-Infinity for none). */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const v of values) most = Math.max(most, v);
  return most;
}

/** target.push(...items) without spreading the items into arguments. */
export function pushAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/** Adds item to the list kept under key, in place (copying the list for each item is quadratic for a key with many). */
export function addToList<K, T>(lists: Map<K, T[]>, key: K, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}
