/** `compute` remembered per key (in `cache`): a long thread asks about the same sentences and
 * names thousands of times. */
export function once<K, V>(compute: (key: K) => V, cache: Map<K, V> = new Map<K, V>()): (key: K) => V {
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
