import { scanSpans } from '../shell/spans.js';

/**
 * Parser and three-valued evaluator for GitHub Actions `${{ }}` expressions.
 * Semantics follow https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 * and GitHub's reference implementation https://github.com/actions/languageservices (expressions/).
 */

interface Span {
  start: number;
  end: number;
}

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type ExprNode =
  | (Span & { kind: 'literal'; value: null | boolean | number | string })
  /** `name` is lower-cased: context names are case-insensitive. */
  | (Span & { kind: 'context'; name: string })
  /** `a.b` and `a['b']` alike; a dotted property becomes a string literal index. */
  | (Span & { kind: 'index'; object: ExprNode; index: ExprNode })
  /** The object filter `a.*` / `a[*]`. */
  | (Span & { kind: 'filter'; object: ExprNode })
  /** `name` is lower-cased: function names are case-insensitive. */
  | (Span & { kind: 'call'; name: string; args: ExprNode[] })
  | (Span & { kind: 'not'; operand: ExprNode })
  | (Span & { kind: 'compare'; op: CompareOp; left: ExprNode; right: ExprNode })
  | (Span & { kind: 'logical'; op: '&&' | '||'; args: ExprNode[] });

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

export type StatusFunction = 'always' | 'success' | 'failure' | 'cancelled';

const STATUS_FUNCTIONS: ReadonlySet<string> = new Set(['always', 'success', 'failure', 'cancelled']);

/** [min, max] argument counts; GitHub rejects other counts when the workflow is loaded. */
const ARITY = new Map<string, [number, number]>([
  ['contains', [2, 2]],
  ['startswith', [2, 2]],
  ['endswith', [2, 2]],
  ['format', [1, Infinity]],
  ['join', [1, 2]],
  ['tojson', [1, 1]],
  ['fromjson', [1, 1]],
  ['hashfiles', [1, Infinity]],
  ...[...STATUS_FUNCTIONS].map((name): [string, [number, number]] => [name, [0, 0]]),
]);

/** Deep enough for any real condition, shallow enough that recursive evaluation cannot overflow the stack. */
const MAX_DEPTH = 200;

// ---------------------------------------------------------------------------------------------
// Lexer

type TokenType = '(' | ')' | '[' | ']' | ',' | '.' | '*' | '!' | CompareOp | '&&' | '||' | 'literal' | 'ident' | 'eof';

interface Token extends Span {
  type: TokenType;
  value?: null | boolean | number | string;
}

const KEYWORDS = new Map<string, null | boolean | number>([
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', NaN],
  ['Infinity', Infinity],
]);

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
// Mirrors GitHub's lexer: a number or identifier runs until one of these characters.
const isBoundary = (c: string): boolean => '()[],.!<>=&|'.includes(c) || isSpace(c);

function lex(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (type: TokenType, start: number, value?: Token['value']): void => {
    tokens.push({ type, start, end: i, value });
  };
  const scanWord = (allowDot: boolean): void => {
    while (i < src.length && (!isBoundary(src[i]) || (allowDot && src[i] === '.'))) i++;
  };

  while (i < src.length) {
    const start = i;
    const c = src[i];
    const two = src.slice(i, i + 2);
    const prev = tokens.at(-1)?.type;
    if (isSpace(c)) {
      i++;
    } else if ('()[],*'.includes(c)) {
      i++;
      push(c as TokenType, start);
    } else if (c === '.' && (prev === 'ident' || prev === ']' || prev === ')' || prev === '*')) {
      i++;
      push('.', start);
    } else if (c === "'") {
      let value = '';
      for (i++; ; i++) {
        if (i >= src.length) throw new ExpressionError('unterminated string literal', start);
        if (src[i] !== "'") value += src[i];
        else if (src[i + 1] === "'") value += src[i++];
        else break;
      }
      i++;
      push('literal', start, value);
    } else if (c === '.' || c === '-' || c === '+' || isDigit(c)) {
      // Signs belong to the number literal: GitHub has no unary minus.
      i++;
      scanWord(true);
      const value = Number(src.slice(start, i));
      if (Number.isNaN(value)) throw unexpectedSymbol(src, start, i);
      push('literal', start, value);
    } else if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      i += 2;
      push(two as TokenType, start);
    } else if (c === '!' || c === '<' || c === '>') {
      i++;
      push(c, start);
    } else {
      i++;
      scanWord(false);
      const word = src.slice(start, i);
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(word)) throw unexpectedSymbol(src, start, i);
      // After a dot every word is a property name: `needs.null.result` reads a job called "null".
      if (prev !== '.' && KEYWORDS.has(word)) push('literal', start, KEYWORDS.get(word));
      else push('ident', start);
    }
  }
  tokens.push({ type: 'eof', start: i, end: i });
  return tokens;
}

function unexpectedSymbol(src: string, start: number, end: number): ExpressionError {
  return new ExpressionError(`unexpected symbol '${src.slice(start, end)}'`, start);
}

// ---------------------------------------------------------------------------------------------
// Parser (precedence, loosest first: ||, &&, == !=, < <= > >=, !, postfix . [ ], primary)

class Parser {
  private pos = 0;
  private depth = 0;
  private readonly tokens: Token[];

  constructor(private readonly src: string) {
    this.tokens = lex(src);
  }

  parse(): ExprNode {
    const node = this.expression();
    if (this.peek().type !== 'eof') throw this.unexpected(this.peek());
    return node;
  }

  private expression(): ExprNode {
    this.enter();
    const node = this.logical('||');
    this.depth--;
    return node;
  }

  private logical(op: '||' | '&&'): ExprNode {
    const operand = (): ExprNode => (op === '||' ? this.logical('&&') : this.binary(['==', '!=']));
    const args = [operand()];
    while (this.match(op)) args.push(operand());
    return args.length === 1 ? args[0] : { kind: 'logical', op, args, start: args[0].start, end: args[args.length - 1].end };
  }

  private binary(ops: CompareOp[]): ExprNode {
    const operand = (): ExprNode => (ops[0] === '==' ? this.binary(['<', '<=', '>', '>=']) : this.unary());
    const saved = this.depth;
    let left = operand();
    for (let op = this.peek().type; (ops as TokenType[]).includes(op); op = this.peek().type) {
      this.pos++;
      this.enter();
      const right = operand();
      left = { kind: 'compare', op: op as CompareOp, left, right, start: left.start, end: right.end };
    }
    this.depth = saved;
    return left;
  }

  private unary(): ExprNode {
    const bang = this.peek();
    if (!this.match('!')) return this.postfix();
    this.enter();
    const operand = this.unary();
    this.depth--;
    return { kind: 'not', operand, start: bang.start, end: operand.end };
  }

  private postfix(): ExprNode {
    const first = this.next();
    if (first.type === 'literal') return { kind: 'literal', value: first.value ?? null, start: first.start, end: first.end };
    let node: ExprNode;
    if (first.type === '(') {
      node = this.expression();
      this.expect(')');
    } else if (first.type === 'ident') {
      node = this.identifier(first);
    } else {
      throw this.unexpected(first);
    }

    // GitHub allows property access only after a context, a call or a parenthesised expression.
    const saved = this.depth;
    for (;;) {
      if (this.match('.')) {
        this.enter();
        const prop = this.next();
        if (prop.type === '*') node = { kind: 'filter', object: node, start: first.start, end: prop.end };
        else if (prop.type !== 'ident') throw this.unexpected(prop);
        else {
          const index: ExprNode = { kind: 'literal', value: this.src.slice(prop.start, prop.end), start: prop.start, end: prop.end };
          node = { kind: 'index', object: node, index, start: first.start, end: prop.end };
        }
      } else if (this.match('[')) {
        this.enter();
        const index = this.match('*') ? undefined : this.expression();
        const close = this.expect(']');
        node = index
          ? { kind: 'index', object: node, index, start: first.start, end: close.end }
          : { kind: 'filter', object: node, start: first.start, end: close.end };
      } else {
        break;
      }
    }
    this.depth = saved;
    return node;
  }

  private identifier(ident: Token): ExprNode {
    const name = this.src.slice(ident.start, ident.end).toLowerCase();
    if (!this.match('(')) return { kind: 'context', name, start: ident.start, end: ident.end };
    const args: ExprNode[] = [];
    if (this.peek().type !== ')') {
      do args.push(this.expression());
      while (this.match(','));
    }
    const close = this.expect(')');
    const [min, max] = ARITY.get(name) ?? [0, Infinity];
    if (args.length < min || args.length > max) {
      throw new ExpressionError(`wrong number of arguments to ${name}(): ${args.length}`, ident.start);
    }
    return { kind: 'call', name, args, start: ident.start, end: close.end };
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new ExpressionError('expression nested too deeply', this.peek().start);
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const token = this.tokens[this.pos];
    if (token.type !== 'eof') this.pos++;
    return token;
  }

  private match(type: TokenType): boolean {
    if (this.peek().type !== type) return false;
    this.pos++;
    return true;
  }

  private expect(type: TokenType): Token {
    const token = this.next();
    if (token.type !== type) throw this.unexpected(token);
    return token;
  }

  private unexpected(token: Token): ExpressionError {
    return token.type === 'eof'
      ? new ExpressionError('unexpected end of expression', token.start)
      : unexpectedSymbol(this.src, token.start, token.end);
  }
}

/** Parse the inner expression text (no `${{ }}`); throws ExpressionError on syntax error. */
export function parseExpression(src: string): ExprNode {
  return new Parser(src).parse();
}

// ---------------------------------------------------------------------------------------------
// Values. Known values are plain JS/JSON values; `Unknown` stands for a runtime value whose
// truthiness may nevertheless be known (`x && false` is falsy whatever x is).

class Unknown {
  constructor(readonly truthy?: boolean) {}
}
const UNKNOWN = new Unknown();

/** A context value known to exist but not known before the run (a dependency's outputs), for RunScenario.contexts. */
export const RUNTIME_VALUE: unknown = UNKNOWN;

/** Arrays produced by `.*`: a further property access maps over their items, see evaluator.ts upstream. */
const filteredArrays = new WeakSet<unknown[]>();
function filtered(items: unknown[]): unknown[] {
  filteredArrays.add(items);
  return items;
}

type Kind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

function kindOf(v: unknown): Kind {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return typeof v as Kind;
  return Array.isArray(v) ? 'array' : 'object';
}

const isPrimitive = (v: unknown): boolean => kindOf(v) !== 'array' && kindOf(v) !== 'object';

function truthiness(v: unknown): boolean | undefined {
  if (v instanceof Unknown) return v.truthy;
  switch (kindOf(v)) {
    case 'null':
      return false;
    case 'boolean':
      return v as boolean;
    case 'number':
      return v !== 0 && !Number.isNaN(v);
    case 'string':
      return v !== '';
    default:
      return true;
  }
}

function toNumber(v: unknown): number {
  // Number() covers the string forms GitHub documents: JSON numbers, hex, and '' → 0.
  return isPrimitive(v) ? Number(v ?? 0) : NaN;
}

function toStr(v: unknown): string {
  switch (kindOf(v)) {
    case 'null':
      return '';
    // GitHub formats numbers with at most 15 significant digits.
    case 'number':
      return String(Number((v as number).toPrecision(15)));
    case 'array':
      return 'Array';
    case 'object':
      return 'Object';
    default:
      return String(v);
  }
}

const cmp = <T>(a: T, b: T): number | undefined => (a < b ? -1 : a > b ? 1 : a === b ? 0 : undefined);

/** -1/0/1, or undefined when GitHub considers the operands incomparable (NaN, distinct objects, mixed kinds). */
function order(l: unknown, r: unknown): number | undefined {
  const lk = kindOf(l);
  const rk = kindOf(r);
  // Mismatched primitive types are compared as numbers; objects and arrays never coerce.
  if (lk !== rk) return isPrimitive(l) && isPrimitive(r) ? cmp(toNumber(l), toNumber(r)) : undefined;
  if (lk === 'null') return 0;
  if (lk === 'string') return cmp((l as string).toUpperCase(), (r as string).toUpperCase());
  if (lk === 'number' || lk === 'boolean') return cmp(Number(l), Number(r));
  return l === r ? 0 : undefined;
}

const COMPARE: Record<CompareOp, (order: number | undefined) => boolean> = {
  '==': (o) => o === 0,
  '!=': (o) => o !== 0,
  '<': (o) => o === -1,
  '<=': (o) => o === -1 || o === 0,
  '>': (o) => o === 1,
  '>=': (o) => o === 1 || o === 0,
};

/** A property or element of a known value; undefined when absent. Object keys are case-insensitive. */
function member(obj: unknown, key: unknown): unknown {
  if (Array.isArray(obj)) {
    const i = Math.floor(toNumber(key));
    return i >= 0 && i < obj.length ? obj[i] : undefined;
  }
  if (kindOf(obj) !== 'object') return undefined;
  const record = obj as Record<string, unknown>;
  const wanted = toStr(key).toLowerCase();
  const found = Object.keys(record).find((k) => k.toLowerCase() === wanted);
  return found === undefined ? undefined : record[found];
}

/** Context objects of which only some properties are known; the others are unknown, not null. */
const partialObjects = new WeakSet<object>();

const children = (v: unknown): unknown[] => (Array.isArray(v) ? v : kindOf(v) === 'object' ? Object.values(v as object) : []);

function format(fmt: string, args: unknown[]): string {
  let out = '';
  for (let i = 0; i < fmt.length;) {
    const c = fmt[i];
    if ((c === '{' || c === '}') && fmt[i + 1] === c) {
      out += c;
      i += 2;
    } else if (c === '{') {
      const close = fmt.indexOf('}', i);
      const digits = close < 0 ? '' : fmt.slice(i + 1, close);
      if (!/^[0-9]+$/.test(digits) || Number(digits) >= args.length) throw new Error(`invalid format string: ${fmt}`);
      out += toStr(args[Number(digits)]);
      i = close + 1;
    } else if (c === '}') {
      throw new Error(`invalid format string: ${fmt}`);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const FUNCTIONS = new Map<string, (args: unknown[]) => unknown>([
  [
    'contains',
    ([search, item]) =>
      Array.isArray(search)
        ? search.some((x) => order(item, x) === 0)
        : isPrimitive(search) && isPrimitive(item) && toStr(search).toUpperCase().includes(toStr(item).toUpperCase()),
  ],
  ['startswith', ([s, v]) => isPrimitive(s) && isPrimitive(v) && toStr(s).toUpperCase().startsWith(toStr(v).toUpperCase())],
  ['endswith', ([s, v]) => isPrimitive(s) && isPrimitive(v) && toStr(s).toUpperCase().endsWith(toStr(v).toUpperCase())],
  ['format', ([fmt, ...rest]) => format(toStr(fmt), rest)],
  [
    'join',
    (args) => {
      const [items, sep] = args;
      if (isPrimitive(items)) return toStr(items);
      if (!Array.isArray(items)) return '';
      return items.map(toStr).join(args.length > 1 && isPrimitive(sep) ? toStr(sep) : ',');
    },
  ],
  ['tojson', ([v]) => JSON.stringify(v ?? null, null, 2)],
  ['fromjson', ([v]) => JSON.parse(toStr(v)) as unknown],
]);

interface Env {
  matrix?: Record<string, unknown>;
  /** Known values of other contexts (e.g. `needs`), by lower-case name. */
  contexts?: Record<string, unknown>;
  /** Known results of the status functions; always() is true regardless. */
  status?: { success: boolean; failure: boolean | undefined; cancelled: boolean | undefined };
}

function evaluate(node: ExprNode, env: Env): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'context':
      if (node.name === 'matrix' && env.matrix) return env.matrix;
      return env.contexts && Object.hasOwn(env.contexts, node.name) ? env.contexts[node.name] : UNKNOWN;
    case 'index': {
      const obj = evaluate(node.object, env);
      const key = evaluate(node.index, env);
      if (obj instanceof Unknown || key instanceof Unknown) return UNKNOWN;
      if (Array.isArray(obj) && filteredArrays.has(obj)) {
        return filtered(obj.map((item) => member(item, key)).filter((v) => v !== undefined));
      }
      const value = member(obj, key);
      // A context known only in part (upstreamContexts): its other properties are run-time values.
      if (value === undefined && typeof obj === 'object' && obj !== null && partialObjects.has(obj)) return UNKNOWN;
      // GitHub yields null for a missing property rather than failing.
      return value ?? null;
    }
    case 'filter': {
      const obj = evaluate(node.object, env);
      if (obj instanceof Unknown) return UNKNOWN;
      // flatMap copies, so marking the result never marks an array owned by the caller's matrix.
      return filtered((Array.isArray(obj) && filteredArrays.has(obj) ? obj : [obj]).flatMap(children));
    }
    case 'not': {
      const t = truthiness(evaluate(node.operand, env));
      return t === undefined ? UNKNOWN : !t;
    }
    case 'compare': {
      const l = evaluate(node.left, env);
      const r = evaluate(node.right, env);
      return l instanceof Unknown || r instanceof Unknown ? UNKNOWN : COMPARE[node.op](order(l, r));
    }
    case 'logical': {
      // `&&` yields the first falsy operand (else the last), `||` the first truthy one (else the last).
      // Once an operand of unknown truthiness has been passed, only the truthiness stays knowable.
      const stopAt = node.op === '||';
      let uncertain = false;
      let value: unknown;
      for (const arg of node.args) {
        value = evaluate(arg, env);
        const t = truthiness(value);
        if (t === stopAt) return uncertain ? new Unknown(stopAt) : value;
        if (t === undefined) uncertain = true;
      }
      return uncertain ? UNKNOWN : value;
    }
    case 'call': {
      if (node.name === 'always') return true;
      if (env.status && (node.name === 'success' || node.name === 'failure' || node.name === 'cancelled')) {
        return env.status[node.name] ?? UNKNOWN;
      }
      const args = node.args.map((arg) => evaluate(arg, env));
      const fn = FUNCTIONS.get(node.name);
      if (!fn || args.some((a) => a instanceof Unknown)) return UNKNOWN;
      try {
        return fn(args);
      } catch {
        // A bad format string or invalid JSON fails the run; there is no constant value to report.
        return UNKNOWN;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Templates and analysis

interface Template {
  nodes: ExprNode[];
  /** The text outside `${{ }}`; GitHub turns a value with any such text into a `format()` string. */
  literal: string;
  whole: boolean;
}

function parseAt(src: string, base: number): ExprNode {
  try {
    return parseExpression(src);
  } catch (e) {
    throw e instanceof ExpressionError ? new ExpressionError(e.message, e.offset + base) : e;
  }
}

function parseTemplate(text: string): Template {
  const { spans, unclosed } = scanSpans(text);
  if (unclosed !== undefined) throw new ExpressionError("'${{' is not closed by '}}'", unclosed);
  let literal = '';
  let last = 0;
  for (const span of spans) {
    literal += text.slice(last, span.start);
    last = span.end;
  }
  literal += text.slice(last);
  const nodes = spans.map((s) => parseAt(s.inner, s.start + 3));
  return { nodes, literal, whole: spans.length === 1 && literal === '' };
}

function templateTruthiness(template: Template, env: Env): boolean | undefined {
  const values = template.nodes.map((n) => evaluate(n, env));
  if (template.whole) return truthiness(values[0]);
  // Mixed text is a string (https://github.com/actions/languageservices, template-reader.ts parseScalar),
  // so `if: ${{ a }} == 'b'` is always true.
  if (template.literal !== '' || values.some((v) => !(v instanceof Unknown) && toStr(v) !== '')) return true;
  return values.some((v) => v instanceof Unknown) ? undefined : false;
}

export interface ConditionAnalysis {
  /** true/false when the condition's truthiness is the same whatever the runtime contexts and job status; undefined when it depends on them. */
  constant: boolean | undefined;
  /** status functions called anywhere in the expression (lower-case). */
  statusFunctions: Set<StatusFunction>;
  /** context paths read, lower-cased, as written with brackets normalised to dots, e.g. 'needs.build.result', 'needs.*.result'. */
  contexts: string[];
  /** set when the condition could not be parsed; then constant is undefined. */
  error?: { message: string; offset: number };
}

function contextPath(node: ExprNode): string | undefined {
  if (node.kind === 'context') return node.name;
  if (node.kind === 'filter') {
    const base = contextPath(node.object);
    return base === undefined ? undefined : `${base}.*`;
  }
  if (node.kind !== 'index' || node.index.kind !== 'literal') return undefined;
  const key = node.index.value;
  const base = contextPath(node.object);
  if (base === undefined || (typeof key !== 'string' && typeof key !== 'number')) return undefined;
  return `${base}.${String(key).toLowerCase()}`;
}

function childNodes(node: ExprNode): ExprNode[] {
  switch (node.kind) {
    case 'call':
    case 'logical':
      return node.args;
    case 'index':
      return [node.object, node.index];
    case 'filter':
      return [node.object];
    case 'not':
      return [node.operand];
    case 'compare':
      return [node.left, node.right];
    default:
      return [];
  }
}

function collect(node: ExprNode, analysis: ConditionAnalysis, contexts: Set<string>): void {
  const path = contextPath(node);
  if (path !== undefined) {
    contexts.add(path);
    return;
  }
  if (node.kind === 'call' && STATUS_FUNCTIONS.has(node.name)) analysis.statusFunctions.add(node.name as StatusFunction);
  for (const child of childNodes(node)) collect(child, analysis, contexts);
}

/**
 * Analyse an `if:` value as it appears in YAML. `constant` describes the condition as written, with
 * always() true and the other status functions unknown. When `statusFunctions` is empty GitHub
 * additionally requires success() (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions),
 * which can only turn a constant true into "runs unless something failed". An empty or null `if:`
 * means no condition: constant undefined, no status functions.
 */
export function analyzeCondition(value: unknown, opts: { matrix?: Record<string, unknown> } = {}): ConditionAnalysis {
  // The same condition is read by the builder and by several rules; without a matrix the answer
  // depends on the text alone. Callers treat the result as read-only.
  if (opts.matrix === undefined && typeof value === 'string') {
    const known = ANALYSES.get(value);
    if (known) return known;
    if (ANALYSES.size >= MAX_CACHED_ANALYSES) ANALYSES.clear();
    const analysis = analyzeConditionUncached(value, opts);
    ANALYSES.set(value, analysis);
    return analysis;
  }
  return analyzeConditionUncached(value, opts);
}

const ANALYSES = new Map<string, ConditionAnalysis>();
const MAX_CACHED_ANALYSES = 10_000;

function analyzeConditionUncached(value: unknown, opts: { matrix?: Record<string, unknown> }): ConditionAnalysis {
  const analysis: ConditionAnalysis = { constant: undefined, statusFunctions: new Set(), contexts: [] };
  if (typeof value === 'boolean' || typeof value === 'number') {
    analysis.constant = truthiness(value);
    return analysis;
  }
  if (typeof value !== 'string' || value.trim() === '') return analysis;
  try {
    // GitHub parses an `if:` as an expression even without `${{ }}`.
    const template: Template = value.includes('${{') ? parseTemplate(value) : { nodes: [parseAt(value, 0)], literal: '', whole: true };
    const contexts = new Set<string>();
    template.nodes.forEach((node) => collect(node, analysis, contexts));
    analysis.contexts = [...contexts];
    analysis.constant = templateTruthiness(template, opts);
  } catch (e) {
    analysis.error = { message: (e as Error).message, offset: e instanceof ExpressionError ? e.offset : 0 };
  }
  return analysis;
}

/**
 * Truthiness of an expression-valued YAML scalar (e.g. `continue-on-error: ${{ matrix.experimental }}`)
 * under optional known matrix values; undefined when it depends on runtime contexts or does not parse.
 * Values without `${{` are taken literally, so the string 'false' is a non-empty, truthy string.
 * `contexts` gives known values of other contexts by lower-case name (see `upstreamContexts`).
 */
export function evaluateTruthiness(
  value: unknown,
  opts: { matrix?: Record<string, unknown>; contexts?: Record<string, unknown> } = {},
): boolean | undefined {
  if (typeof value !== 'string' || !value.includes('${{')) return truthiness(value);
  try {
    return templateTruthiness(parseTemplate(value), opts);
  } catch {
    return undefined;
  }
}

const REPOSITORY_PATHS = new Set(['github.repository', 'github.repository_owner']);

/**
 * The `github` contexts of the repository an expression was written for, read from its guards
 * `github.repository == 'owner/name'` and `github.repository_owner == 'owner'` (or `!=`: the name
 * compared with is the upstream, as opposed to forks): one context set per guard, for `evaluateTruthiness(…, { contexts })`. Empty when
 * the value has no such guard or does not parse.
 */
export function upstreamContexts(value: unknown): Array<Record<string, unknown>> {
  if (typeof value !== 'string' || !value.includes('${{')) return [];
  let template: Template;
  try {
    template = parseTemplate(value);
  } catch {
    return [];
  }
  const found: Array<Record<string, unknown>> = [];
  const visit = (node: ExprNode): void => {
    if (node.kind === 'compare' && (node.op === '==' || node.op === '!=')) {
      for (const [side, other] of [
        [node.left, node.right],
        [node.right, node.left],
      ] as const) {
        const path = contextPath(side);
        if (path === undefined || !REPOSITORY_PATHS.has(path) || other.kind !== 'literal' || typeof other.value !== 'string') continue;
        const github: Record<string, unknown> =
          path === 'github.repository'
            ? { repository: other.value, repository_owner: other.value.split('/')[0] }
            : { repository_owner: other.value };
        partialObjects.add(github);
        found.push({ github });
      }
    }
    childNodes(node).forEach(visit);
  };
  template.nodes.forEach(visit);
  return found;
}

/**
 * The contexts of a run started by `event` (`github.event_name` and nothing else known), for
 * `conditionPasses(…, { contexts })`: whether a job or step runs at all on pull requests or pushes.
 */
export function eventContexts(event: string): Record<string, unknown> {
  const github: Record<string, unknown> = { event_name: event };
  partialObjects.add(github);
  return { github };
}

/** The `inputs` context as the defaults make it (other inputs unknown): how a flag reads when callers pass nothing. */
export function defaultInputContexts(defaults: Record<string, unknown>): Record<string, unknown> {
  const inputs = { ...defaults };
  partialObjects.add(inputs);
  return { inputs };
}

/** What is known about a run when a condition is evaluated: the job status and some context values. */
export interface RunScenario {
  success: boolean;
  /** undefined when it depends on jobs whose results are not part of the scenario. */
  failure: boolean | undefined;
  cancelled: boolean | undefined;
  /** Known context values by lower-case name, e.g. `{ needs: { build: { result: 'failure' } } }`. */
  contexts?: Record<string, unknown>;
}

/**
 * Whether an `if:` lets the job or step run in a scenario: true, false, or undefined when it still
 * depends on unknown contexts. Without a status function GitHub evaluates `success() && (…)`, and
 * an absent or empty condition is plain success()
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions).
 */
export function conditionPasses(value: unknown, scenario: RunScenario): boolean | undefined {
  const { success, failure, cancelled, contexts } = scenario;
  const env: Env = { status: { success, failure, cancelled }, contexts };
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return success;
  if (typeof value === 'boolean' || typeof value === 'number') return success && truthiness(value);
  if (typeof value !== 'string') return undefined;
  try {
    const template: Template = value.includes('${{') ? parseTemplate(value) : { nodes: [parseAt(value, 0)], literal: '', whole: true };
    const statusCalled = new Set<StatusFunction>();
    template.nodes.forEach((node) => collect(node, { constant: undefined, statusFunctions: statusCalled, contexts: [] }, new Set()));
    const passes = templateTruthiness(template, env);
    if (statusCalled.size > 0) return passes;
    return success ? passes : false;
  } catch {
    return undefined;
  }
}

/**
 * The value a YAML scalar takes once its `${{ }}` parts are substituted under known matrix values
 * (e.g. `runs-on: ${{ matrix.os }}`): a string, or undefined when a part depends on run-time contexts.
 * A value that is one whole expression keeps its type (an array stays an array).
 */
export function renderValue(value: unknown, opts: { matrix?: Record<string, unknown> } = {}): unknown {
  if (typeof value !== 'string' || !value.includes('${{')) return value;
  try {
    const { spans } = scanSpans(value);
    const parts = spans.map((span) => evaluate(parseAt(span.inner, span.start + 3), opts));
    if (parts.some((part) => part instanceof Unknown)) return undefined;
    if (spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === value.length) return parts[0];
    let out = '';
    let last = 0;
    spans.forEach((span, i) => {
      out += value.slice(last, span.start) + toStr(parts[i]);
      last = span.end;
    });
    return out + value.slice(last);
  } catch {
    return undefined;
  }
}

/**
 * The contexts read by some conditions (`if:` values; undefined ones are skipped) and by the inner
 * text of `${{ }}` expressions: `steps.build.outcome`, `needs.ci.result`, …
 */
export function contextsIn(conditions: readonly unknown[], expressions: readonly string[]): string[] {
  return [
    ...conditions.filter((value) => value !== undefined).flatMap((value) => analyzeCondition(value).contexts),
    ...expressions.flatMap((inner) => analyzeCondition(`\${{ ${inner} }}`).contexts),
  ];
}
