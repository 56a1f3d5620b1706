import type * as TreeSitter from 'web-tree-sitter';

/**
 * A bash syntax tree copied out of tree-sitter's WebAssembly memory into plain objects, in one
 * cursor walk. Every property read of a web-tree-sitter node marshals through the WebAssembly heap
 * and allocates, and the rules read each tree many times over (a profile of the corpus run spent
 * more time there than in parsing); a parent lookup even descends from the root. The copy answers
 * the same questions — the subset of the web-tree-sitter `Node` API the analysis uses — from fields.
 */
const NAMED = 1;
const MISSING = 2;
const ERROR_KNOWN = 4;
const ERROR = 8;
/** The position among the parent's children is kept in the same number as the flags, above them. */
const INDEX_UNIT = 16;

export class SyntaxNode {
  /** Leaves (most nodes) share one empty list instead of allocating their own. */
  private static readonly NONE: readonly SyntaxNode[] = Object.freeze([]);

  /** Exactly as long as needed (see copyTree): a large script has hundreds of thousands of nodes. */
  private kids: readonly SyntaxNode[] | undefined;
  private named: readonly SyntaxNode[] | undefined;
  /** @internal Memoised by commands.ts: the `command` nodes below this one, and a command's words. */
  commands: readonly SyntaxNode[] | undefined;
  /** @internal See `commands`. */
  argv: readonly string[] | undefined;
  /**
   * NAMED, MISSING and the memoised hasError as bits, and above them the position among the parent's
   * children: one field instead of two (a node is 13 fields; a 2 MB script has 720,000 nodes). Nodes
   * have no id: a node is its own identity, compared with `===`.
   */
  private bits: number;

  constructor(
    readonly type: string,
    isNamed: boolean,
    isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: SyntaxNode | null,
    /** The field name this node holds in its parent (`name`, `argument`, `body`…), or null. */
    readonly field: string | null,
    /** Position among the parent's children. */
    index: number,
    private readonly source: string,
  ) {
    this.bits = index * INDEX_UNIT + (isNamed ? NAMED : 0) + (isMissing ? MISSING : 0);
  }

  private get index(): number {
    return Math.floor(this.bits / INDEX_UNIT);
  }

  /** @internal Sets the children once the tree is copied. */
  adopt(children: readonly SyntaxNode[]): void {
    this.kids = children;
  }

  get isNamed(): boolean {
    return (this.bits & NAMED) !== 0;
  }

  get isMissing(): boolean {
    return (this.bits & MISSING) !== 0;
  }

  get children(): readonly SyntaxNode[] {
    return this.kids ?? SyntaxNode.NONE;
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): readonly SyntaxNode[] {
    if (this.named) return this.named;
    const kids = this.kids;
    // Most nodes have no unnamed child: share the list instead of copying it. A filtered list is
    // copied to its exact length (filter grows it by push, with room to spare).
    this.named = !kids ? SyntaxNode.NONE : kids.every((child) => child.isNamed) ? kids : kids.filter((child) => child.isNamed).slice();
    return this.named;
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): SyntaxNode | null {
    return this.namedChildren[index] ?? null;
  }

  get firstChild(): SyntaxNode | null {
    return this.children[0] ?? null;
  }

  get lastChild(): SyntaxNode | null {
    return this.children.at(-1) ?? null;
  }

  get firstNamedChild(): SyntaxNode | null {
    return this.namedChildren[0] ?? null;
  }

  get lastNamedChild(): SyntaxNode | null {
    return this.namedChildren.at(-1) ?? null;
  }

  get nextSibling(): SyntaxNode | null {
    return this.parent?.children[this.index + 1] ?? null;
  }

  get previousSibling(): SyntaxNode | null {
    return this.index > 0 ? (this.parent?.children[this.index - 1] ?? null) : null;
  }

  get nextNamedSibling(): SyntaxNode | null {
    const siblings = this.parent?.children ?? [];
    for (let i = this.index + 1; i < siblings.length; i++) if (siblings[i]!.isNamed) return siblings[i]!;
    return null;
  }

  get previousNamedSibling(): SyntaxNode | null {
    const siblings = this.parent?.children ?? [];
    for (let i = this.index - 1; i >= 0; i--) if (siblings[i]!.isNamed) return siblings[i]!;
    return null;
  }

  childForFieldName(name: string): SyntaxNode | null {
    for (const child of this.children) if (child.field === name) return child;
    return null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((child) => child.field === name);
  }

  /** An ERROR or a missing node here or below. */
  get hasError(): boolean {
    if ((this.bits & ERROR_KNOWN) === 0) {
      const error = this.type === 'ERROR' || this.isMissing || this.children.some((child) => child.hasError);
      this.bits += ERROR_KNOWN + (error ? ERROR : 0);
    }
    return (this.bits & ERROR) !== 0;
  }

  /** Every node below this one of the given type(s), in source order. */
  descendantsOfType(types: string | readonly string[]): SyntaxNode[] {
    const wanted = typeof types === 'string' ? [types] : types;
    const found: SyntaxNode[] = [];
    const stack: SyntaxNode[] = [...this.children].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (wanted.includes(node.type)) found.push(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return found;
  }
}

export interface SyntaxTree {
  rootNode: SyntaxNode;
}

/**
 * Copies a tree-sitter tree whose source is `source`; undefined when it is nested deeper than
 * `maxDepth` (the caller then leaves the script unanalysed rather than recursing without bound).
 */
export function copyTree(tree: TreeSitter.Tree, source: string, maxDepth: number): SyntaxTree | undefined {
  const cursor = tree.walk();
  // The children found so far of each node on the path from the root, one reused list per depth;
  // a node gets an exact-length copy when the walk leaves it (lists grown by push keep slack, which
  // on a large script was as much memory as the nodes themselves).
  const pending: SyntaxNode[][] = [];
  const make = (parent: SyntaxNode | null, siblings: SyntaxNode[] | undefined): SyntaxNode => {
    const node = new SyntaxNode(
      cursor.nodeType,
      cursor.nodeIsNamed,
      cursor.nodeIsMissing,
      cursor.startIndex,
      cursor.endIndex,
      parent,
      parent ? cursor.currentFieldName : null,
      siblings?.length ?? 0,
      source,
    );
    siblings?.push(node);
    return node;
  };
  try {
    const root = make(null, undefined);
    let current = root;
    let depth = 0;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        if (++depth > maxDepth) return undefined;
        const siblings = (pending[depth] ??= []);
        siblings.length = 0;
        current = make(current, siblings);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { rootNode: root };
        current = current.parent!;
        current.adopt(pending[depth]!.slice());
        depth--;
      }
      current = make(current.parent, pending[depth]);
    }
  } finally {
    cursor.delete();
  }
}
