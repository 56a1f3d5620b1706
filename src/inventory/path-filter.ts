/**
 * GitHub's `paths` / `paths-ignore` filters, matched against one repository path the way the
 * runner's event filter does: `*` is any run of characters but `/`, `**` any run at all (`**` before a `/` also
 * none), `?` makes the character before it optional, `+` repeats it, `[…]` is one character of a set,
 * and a leading `!` takes back what the patterns before it matched; the last pattern that matches a
 * path decides
 * ([filter pattern cheat sheet](https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#filter-pattern-cheat-sheet)).
 *
 * Matching is a table over (pattern position, path position), so no pattern, however many stars it
 * has, takes more than their product in steps. A pattern this reader is not sure of (braces,
 * expressions, an unclosed `[`) makes the answer undefined: the caller claims nothing about it.
 */

type Atom =
  | { kind: 'char'; char: string; min: number; max: number }
  | { kind: 'set'; test: (char: string) => boolean; min: number; max: number }
  | { kind: 'star' }
  | { kind: 'globstar' }
  /** `**` followed by `/`: nothing, or any run of characters that ends in `/`. */
  | { kind: 'globstar-dir' };

interface Pattern {
  negated: boolean;
  atoms: Atom[];
}

/** Longer patterns and paths are not judged: the answer would be a guess about input nobody writes. */
const MAX_LENGTH = 1_000;

function compile(glob: string): Pattern | undefined {
  let text = glob.trim();
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  if (text.startsWith('./')) text = text.slice(2);
  if (text === '' || text.length > MAX_LENGTH || /[{}]|\$\{\{|\\/.test(text)) return undefined;
  const atoms: Atom[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '*') {
      if (text[i + 1] === '*') {
        while (text[i + 1] === '*') i++;
        if (text[i + 1] === '/') {
          i++;
          atoms.push({ kind: 'globstar-dir' });
        } else atoms.push({ kind: 'globstar' });
      } else atoms.push({ kind: 'star' });
    } else if (char === '?' || char === '+') {
      const last = atoms[atoms.length - 1];
      if (!last || (last.kind !== 'char' && last.kind !== 'set')) return undefined;
      if (char === '?') last.min = 0;
      else last.max = Infinity;
    } else if (char === '[') {
      const close = text.indexOf(']', i + 2);
      if (close < 0) return undefined;
      const set = text.slice(i + 1, close);
      i = close;
      atoms.push({ kind: 'set', test: setTest(set), min: 1, max: 1 });
    } else atoms.push({ kind: 'char', char, min: 1, max: 1 });
  }
  return { negated, atoms };
}

function setTest(set: string): (char: string) => boolean {
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < set.length; i++) {
    if (set[i + 1] === '-' && i + 2 < set.length) {
      ranges.push([set[i]!, set[i + 2]!]);
      i += 2;
    } else ranges.push([set[i]!, set[i]!]);
  }
  return (char) => char !== '/' && ranges.some(([from, to]) => char >= from && char <= to);
}

function matches(pattern: Pattern, path: string): boolean {
  const { atoms } = pattern;
  const width = path.length + 1;
  // 0 = not computed, 1 = no, 2 = yes; indexed by atom * width + position.
  const memo = new Uint8Array((atoms.length + 1) * width);
  const at = (atom: number, position: number): boolean => {
    const slot = atom * width + position;
    if (memo[slot] !== 0) return memo[slot] === 2;
    const result = step(atom, position);
    memo[slot] = result ? 2 : 1;
    return result;
  };
  // Recursion depth is bounded by the pattern's length plus the path's (both capped above).
  const step = (atom: number, position: number): boolean => {
    if (atom === atoms.length) return position === path.length;
    const current = atoms[atom]!;
    switch (current.kind) {
      case 'star':
        for (let end = position; ; end++) {
          if (at(atom + 1, end)) return true;
          if (end === path.length || path[end] === '/') return false;
        }
      case 'globstar':
        for (let end = position; end <= path.length; end++) if (at(atom + 1, end)) return true;
        return false;
      case 'globstar-dir':
        if (at(atom + 1, position)) return true;
        for (let end = position; end < path.length; end++) if (path[end] === '/' && at(atom + 1, end + 1)) return true;
        return false;
      default: {
        const one = (char: string | undefined): boolean =>
          char !== undefined && (current.kind === 'char' ? char === current.char : current.test(char));
        let count = 0;
        let end = position;
        for (;;) {
          if (count >= current.min && at(atom + 1, end)) return true;
          if (count >= current.max || !one(path[end])) return false;
          count++;
          end++;
        }
      }
    }
  };
  return at(0, 0);
}

/**
 * Cells of the matching tables one filter may fill, over every path it is asked about: 3,000
 * patterns of 1,000 characters against 200 paths of 1,000 would otherwise be 6·10¹¹. Past it the
 * answer is undefined, and nothing is claimed.
 */
const MATCH_BUDGET = 20_000_000;

/**
 * A filter, compiled once: whether a change to `path` alone starts the workflow through it. For
 * `paths`, the last pattern matching the path is not negated; for `paths-ignore`, no pattern keeps
 * it ignored. Undefined when a pattern this reader does not follow is in the list, or when the
 * filter has used up its matching budget.
 */
export function compileFilter(key: 'paths' | 'paths-ignore', globs: readonly string[]): (path: string) => boolean | undefined {
  const compiled = globs.map(compile);
  if (compiled.some((pattern) => pattern === undefined)) return () => undefined;
  const patterns = compiled as Pattern[];
  let budget = MATCH_BUDGET;
  return (path) => {
    if (path.length > MAX_LENGTH) return undefined;
    let matched = false;
    for (const pattern of patterns) {
      budget -= (pattern.atoms.length + 1) * (path.length + 1);
      if (budget < 0) return undefined;
      if (matches(pattern, path)) matched = !pattern.negated;
    }
    return key === 'paths' ? matched : !matched;
  };
}
