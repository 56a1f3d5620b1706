import type * as TreeSitter from 'web-tree-sitter';

/**
 * A bash syntax tree copied out of tree-sitter's WebAssembly memory into plain objects, in one
 * cursor walk. Every property read of a web-tree-sitter node marshals through the WebAssembly heap
 * and allocates, and the rules read each tree many times over (a profile of the corpus run spent
 * more time there than in parsing); a parent lookup even descends from the root. The copy answers
 * the same questions — the subset of the web-tree-sitter `Node` API the analysis uses — from fields.
 */
export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  /** The field name of each child (`name`, `argument`, `body`…), or null. */
  readonly fields: Array<string | null> = [];
  private named: SyntaxNode[] | undefined;
  private error: boolean | undefined;
  /** Position among the parent's children. */
  private index = 0;

  constructor(
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: SyntaxNode | null,
    private readonly source: string,
  ) {}

  /** @internal Appends a child while the tree is copied. */
  add(child: SyntaxNode, field: string | null): void {
    child.index = this.children.length;
    this.children.push(child);
    this.fields.push(field);
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): SyntaxNode[] {
    this.named ??= this.children.filter((child) => child.isNamed);
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
    const at = this.fields.indexOf(name);
    return at === -1 ? null : this.children[at]!;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((_, i) => this.fields[i] === name);
  }

  /** An ERROR or a missing node here or below. */
  get hasError(): boolean {
    this.error ??= this.type === 'ERROR' || this.isMissing || this.children.some((child) => child.hasError);
    return this.error;
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
  let id = 0;
  const make = (parent: SyntaxNode | null): SyntaxNode =>
    new SyntaxNode(id++, cursor.nodeType, cursor.nodeIsNamed, cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, parent, source);
  try {
    const root = make(null);
    let current = root;
    let depth = 0;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        if (++depth > maxDepth) return undefined;
        const child = make(current);
        current.add(child, cursor.currentFieldName);
        current = child;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { rootNode: root };
        current = current.parent!;
        depth--;
      }
      const sibling = make(current.parent);
      current.parent!.add(sibling, cursor.currentFieldName);
      current = sibling;
    }
  } finally {
    cursor.delete();
  }
}
