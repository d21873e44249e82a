/**
 * A list built by pushing keeps the room it grew into (one pushed item holds 17 slots, 152 bytes): tables of many
 * short lists that a process keeps, as a bot keeps a hundred servers' indices, are copied to their exact size once built.
 */
export function compactLists<K, V>(table: Map<K, V[]>): void {
  for (const [key, list] of table) table.set(key, list.slice());
}
