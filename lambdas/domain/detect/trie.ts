// Builds one regex alternation from many literal words, factored as a prefix trie so the regex engine
// tests one branch per leading character instead of every word at every position.

/** Expands simple character classes ("n[uú]mer", "q[1-4]") into literal words. */
export function expandClasses(word: string): string[] {
  const m = /\[([^\]]+)\]/.exec(word);
  if (!m) return [word.replace(/\\(.)/g, '$1')];
  const body = m[1] as string;
  const chars =
    body.length === 3 && body[1] === '-'
      ? range(body.charCodeAt(0), body.charCodeAt(2))
      : [...body.replace(/\\(.)/g, '$1')];
  return chars.flatMap((ch) =>
    expandClasses(word.slice(0, m.index) + ch + word.slice(m.index + m[0].length)),
  );
}

export function range(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
}

interface Node {
  end?: boolean;
  next: Map<string, Node>;
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A regex source matching any of the words (prefix semantics: the shortest word wins). */
export function trieSource(words: readonly string[]): string {
  const root: Node = { next: new Map() };
  for (const w of words) {
    let n = root;
    for (const t of [...w].map(escapeRe)) {
      let child = n.next.get(t);
      if (!child) {
        child = { next: new Map() };
        n.next.set(t, child);
      }
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    // A word that ends here makes longer ones redundant for a prefix trigger.
    if (n.end || n.next.size === 0) return '';
    const alts = [...n.next].map(([t, child]) => t + emit(child));
    return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
  };
  return emit(root);
}
