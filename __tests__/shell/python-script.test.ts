import { describe, expect, it } from '@jest/globals';
import { closing, readPython, splitArguments } from '../../src/shell/python-script.js';
import type { PyRange } from '../../src/shell/python-script.js';

const tokensOf = (range: PyRange): Array<[string | undefined, string | undefined, string | undefined]> =>
  Array.from({ length: range.length }, (_, i) => [range.kind(i), range.text(i), range.value(i)]);

describe('readPython', () => {
  it('reads names, numbers, operators and strings (prefixed, triple-quoted, unterminated) with their contents', () => {
    const { statements } = readPython("x **= 1.5\ns = rb\"a\\\"b\" + '''c\nd''' + f'e\nz = \"open");
    expect(statements.map((statement) => tokensOf(statement.tokens))).toEqual([
      [
        ['name', 'x', 'x'],
        ['op', '**=', '**='],
        ['number', '1.5', '1.5'],
      ],
      [
        ['name', 's', 's'],
        ['op', '=', '='],
        ['string', 'rb"a\\"b"', 'a\\"b'],
        ['op', '+', '+'],
        ['string', "'''c\nd'''", 'c\nd'],
        ['op', '+', '+'],
        ['string', "f'e", ''],
      ],
      [
        ['name', 'z', 'z'],
        ['op', '=', '='],
        ['string', '"open', 'ope'],
      ],
    ]);
    expect(statements.map(({ start, end }) => [start, end])).toEqual([
      [0, 9],
      [10, 40],
      [41, 50],
    ]);
  });

  it('keeps a bracketed statement over lines together, and a range answers nothing past its ends', () => {
    const { statements } = readPython('run(\n  ["a", (b, c)],\n  d=1,\n)\nnext()');
    expect(statements).toHaveLength(2);
    const [call] = statements;
    const tokens = call!.tokens;
    expect(tokens.kind(-1)).toBeUndefined();
    expect(tokens.text(tokens.length)).toBeUndefined();
    const close = closing(tokens, 1);
    expect(tokens.text(close)).toBe(')');
    expect(
      splitArguments(tokens, 1, close).map((argument) =>
        tokensOf(argument)
          .map(([, text]) => text)
          .join(' '),
      ),
    ).toEqual(['[ "a" , ( b , c ) ]', 'd = 1']);
    expect(tokensOf(tokens.slice(2, 5)).map(([, text]) => text)).toEqual(['[', '"a"', ',']);
  });
});
