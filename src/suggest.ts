/** Edit distance with adjacent transpositions (optimal string alignment): `hihg` is one edit from `high`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate a misspelt word was most likely meant to be: the same word in another case or with
 * `_` for `-`, else the nearest within two edits (one for words of up to four letters).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const normal = (text: string): string => text.toLowerCase().replace(/_/g, '-');
  const list = [...candidates];
  const exact = list.find((candidate) => normal(candidate) === normal(word));
  if (exact) return exact;
  if (word.length > 100) return undefined;
  const limit = word.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  const normalWord = normal(word);
  for (const candidate of list) {
    // The distance is at least the difference in length: a candidate that far off cannot be the nearest within the limit.
    const normalCandidate = normal(candidate);
    if (Math.abs(normalCandidate.length - normalWord.length) >= bestDistance) continue;
    const distance = editDistance(normalWord, normalCandidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` — did you mean "x"?` when there is a near miss, else nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`;
}
