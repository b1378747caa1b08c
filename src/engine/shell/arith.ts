// `$(( ... ))`: integer arithmetic with the C-like operators sh supports, variables by name and
// the assignment operators. Both sides of && || ?: are evaluated (no short-circuit), which only
// matters for assignments inside them.

type Get = (name: string) => string | undefined;
type Set = (name: string, value: string) => void;

class ArithError {
  constructor(readonly message: string) {}
}

const TOKEN = /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%]=|[-+*/%<>!~()?:=&|^,])/y;
/** Binary operators from the loosest to the tightest binding. */
const BINARY: string[][] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];

/** Evaluates an arithmetic expression; `{ error }` for a syntax error or a division by zero. */
export function evaluateArith(expr: string, get: Get, set: Set): number | { error: string } {
  try {
    const tokens = tokenize(expr);
    if (tokens.length === 0) return 0;
    const parser = new ArithParser(tokens, get, set);
    const value = parser.assignment();
    if (parser.pos < tokens.length) throw new ArithError('arithmetic syntax error');
    return value;
  } catch (error) {
    if (error instanceof ArithError) return { error: error.message };
    throw error;
  }
}

function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const match = TOKEN.exec(expr);
    if (!match?.[1]) throw new ArithError('arithmetic syntax error');
    tokens.push(match[1]);
    pos = TOKEN.lastIndex;
  }
  return tokens;
}

/** Nesting of parentheses and unary operators: deeper, the expression fails as bash's does. */
const MAX_ARITH_DEPTH = 100;

class ArithParser {
  pos = 0;
  private depth = 0;

  private enter(): void {
    if (++this.depth > MAX_ARITH_DEPTH) throw new ArithError('expression recursion level exceeded');
  }

  constructor(private readonly tokens: string[], private readonly get: Get, private readonly set: Set) {}

  assignment(): number {
    this.enter();
    try {
      return this.assignOrTernary();
    } finally {
      this.depth--;
    }
  }

  private assignOrTernary(): number {
    const name = this.tokens[this.pos];
    const op = this.tokens[this.pos + 1];
    if (name && /^[A-Za-z_]/.test(name) && op && /^[-+*/%]?=$/.test(op)) {
      this.pos += 2;
      const right = this.assignment();
      const value = op === '=' ? right : apply(op.slice(0, -1), this.variable(name), right);
      this.set(name, String(value));
      return value;
    }
    return this.ternary();
  }

  private ternary(): number {
    const cond = this.binary(0);
    if (this.tokens[this.pos] !== '?') return cond;
    this.pos++;
    const yes = this.assignment();
    if (this.tokens[this.pos++] !== ':') throw new ArithError('arithmetic syntax error');
    const no = this.assignment();
    return cond !== 0 ? yes : no;
  }

  private binary(level: number): number {
    const entry = BINARY[level];
    if (!entry) return this.power();
    let left = this.binary(level + 1);
    for (let op = this.tokens[this.pos]; op !== undefined && entry.includes(op); op = this.tokens[this.pos]) {
      this.pos++;
      left = apply(op, left, this.binary(level + 1));
    }
    return left;
  }

  private power(): number {
    const base = this.unary();
    if (this.tokens[this.pos] !== '**') return base;
    this.pos++;
    this.enter();
    const exponent = this.power();
    this.depth--;
    return apply('**', base, exponent);
  }

  private unary(): number {
    const op = this.tokens[this.pos];
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.pos++;
      this.enter();
      const value = this.unary();
      this.depth--;
      return op === '-' ? -value : op === '+' ? value : op === '!' ? (value === 0 ? 1 : 0) : ~value;
    }
    return this.primary();
  }

  private primary(): number {
    const token = this.tokens[this.pos++];
    if (token === undefined) throw new ArithError('arithmetic syntax error');
    if (token === '(') {
      const value = this.assignment();
      if (this.tokens[this.pos++] !== ')') throw new ArithError('arithmetic syntax error');
      return value;
    }
    if (/^\d/.test(token)) return parseNumber(token);
    if (/^[A-Za-z_]/.test(token)) return this.variable(token);
    throw new ArithError('arithmetic syntax error');
  }

  private variable(name: string): number {
    const text = (this.get(name) ?? '').trim();
    if (text === '') return 0;
    if (!/^[-+]?(0[xX][0-9a-fA-F]+|\d+)$/.test(text)) throw new ArithError('arithmetic syntax error');
    const negative = text.startsWith('-');
    const value = parseNumber(text.replace(/^[-+]/, ''));
    return negative ? -value : value;
  }
}

function parseNumber(token: string): number {
  if (/^0[xX]/.test(token)) return parseInt(token.slice(2), 16);
  if (/^0[0-7]+$/.test(token)) return parseInt(token, 8);
  if (/^0\d+$/.test(token)) throw new ArithError('arithmetic syntax error');
  return Number(token);
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '||': return a !== 0 || b !== 0 ? 1 : 0;
    case '&&': return a !== 0 && b !== 0 ? 1 : 0;
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '==': return a === b ? 1 : 0;
    case '!=': return a !== b ? 1 : 0;
    case '<': return a < b ? 1 : 0;
    case '>': return a > b ? 1 : 0;
    case '<=': return a <= b ? 1 : 0;
    case '>=': return a >= b ? 1 : 0;
    case '<<': return a << b;
    case '>>': return a >> b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '**': return b < 0 ? 0 : Math.pow(a, b);
    case '/': case '%':
      if (b === 0) throw new ArithError('divide by zero');
      return op === '/' ? Math.trunc(a / b) : a % b;
    default: throw new ArithError('arithmetic syntax error');
  }
}
