/**
 * Selection as a list of row keys that outlives the page on screen: picking on page 2 keeps
 * what was picked on page 1 (the count above the table says how many in all).
 */
export function toggleKey(selected: readonly string[], key: string, on: boolean): string[] {
  if (on) return selected.includes(key) ? [...selected] : [...selected, key];
  return selected.filter((k) => k !== key);
}

/** The header box: selects every selectable row of this page, or clears them when all already are; other pages untouched. */
export function togglePage(selected: readonly string[], pageKeys: readonly string[]): string[] {
  const all = pageKeys.length > 0 && pageKeys.every((k) => selected.includes(k));
  return all ? selected.filter((k) => !pageKeys.includes(k)) : [...new Set([...selected, ...pageKeys])];
}

/** The header box's look for this page. */
export function pageSelection(selected: readonly string[], pageKeys: readonly string[]) {
  const here = pageKeys.filter((k) => selected.includes(k)).length;
  return { all: pageKeys.length > 0 && here === pageKeys.length, some: here > 0 && here < pageKeys.length };
}
