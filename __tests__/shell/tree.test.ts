import { describe, expect, it } from '@jest/globals';
import { argvOf, commandsIn, parseScript } from '../../src/shell/commands.js';
import type { SyntaxNode } from '../../src/shell/parser.js';

async function rootOf(script: string): Promise<SyntaxNode> {
  const tree = await parseScript(script);
  if (!tree) throw new Error('no tree');
  return tree.rootNode;
}

describe('the copied bash tree', () => {
  it('answers the node API the rules use: children, fields, siblings, parents, text', async () => {
    const root = await rootOf('pytest -x tests || true\necho "a b" | tee log\n');
    expect(root.type).toBe('program');
    const [list, pipeline] = root.namedChildren;
    expect(list!.type).toBe('list');
    expect(list!.children.map((child) => child.type)).toEqual(['command', '||', 'command']);
    expect(list!.namedChildren.map((child) => child.text)).toEqual(['pytest -x tests', 'true']);
    expect(list!.child(1)!.isNamed).toBe(false);
    expect(list!.nextNamedSibling).toBe(pipeline);
    expect(pipeline!.previousNamedSibling).toBe(list);
    const command = list!.firstNamedChild!;
    expect(command.parent).toBe(list);
    expect(command.childForFieldName('name')!.text).toBe('pytest');
    expect(command.childrenForFieldName('argument').map((arg) => arg.text)).toEqual(['-x', 'tests']);
    expect(command.childForFieldName('body')).toBeNull();
    expect(command.nextSibling!.type).toBe('||');
    expect(command.previousSibling).toBeNull();
    expect(root.descendantsOfType('command').map((node) => argvOf(node)[0])).toEqual(['pytest', 'true', 'echo', 'tee']);
    expect(argvOf(pipeline!.firstNamedChild!)).toEqual(['echo', 'a b']);
    expect(root.hasError).toBe(false);
  });

  it('marks errors and missing nodes', async () => {
    const root = await rootOf('if true; then echo x\n');
    expect(root.hasError).toBe(true);
  });

  // A 2 MB script has about 700,000 nodes: leaves share one empty list, a node whose children are
  // all named shares its list with namedChildren, and the words and commands are worked out once.
  it('does not allocate per leaf or per question', async () => {
    const root = await rootOf('pytest a\npytest b\n');
    const [first, second] = commandsIn(root);
    const leafA = first!.childForFieldName('name')!.firstNamedChild!;
    const leafB = second!.childForFieldName('name')!.firstNamedChild!;
    expect(leafA.children).toHaveLength(0);
    expect(leafA.children).toBe(leafB.children);
    expect(leafA.namedChildren).toBe(leafA.children);
    expect(first!.namedChildren).toBe(first!.children);
    expect(argvOf(first!)).toBe(argvOf(first!));
    expect(commandsIn(root)).toBe(commandsIn(root));
    expect(Object.isFrozen(leafA.children)).toBe(true);
  });
});
