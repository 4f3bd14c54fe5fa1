/**
 * vitest 5 calls Map.groupBy and Object.groupBy (Node 21+) in its reporter; on Node 20 it crashed
 * while printing a failure, hiding the failure itself. Loaded by vitest.config.ts in the main process.
 */
type Grouper<T, K> = (item: T, index: number) => K;

const mapStatics = Map as unknown as { groupBy?: <T, K>(items: Iterable<T>, key: Grouper<T, K>) => Map<K, T[]> };
mapStatics.groupBy ??= <T, K>(items: Iterable<T>, key: Grouper<T, K>) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const objectStatics = Object as unknown as {
  groupBy?: <T>(items: Iterable<T>, key: Grouper<T, PropertyKey>) => Record<PropertyKey, T[]>;
};
objectStatics.groupBy ??= <T>(items: Iterable<T>, key: Grouper<T, PropertyKey>) => {
  const groups: Record<PropertyKey, T[]> = Object.create(null);
  let index = 0;
  for (const item of items) (groups[key(item, index++)] ??= []).push(item);
  return groups;
};

export {};
