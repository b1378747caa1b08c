// `$(( ... ))`: integer arithmetic with the C-like operators sh supports, variables by name and
// the assignment operators. Both sides of && || ?: are evaluated (no short-circuit), which only
// matters for assignments inside them. Numbers are 64-bit and wrap, as busybox ash's arith_t (long
// long) does on the images' CPUs: shift counts are taken modulo 64, and a literal past 2^64 - 1
// reads as strtoull gives it (2^64 - 1, so -1).

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

/** Evaluates an arithmetic expression to its decimal text; `{ error }` for a syntax error or a division by zero. */
export function evaluateArith(expr: string, get: Get, set: Set): string | { error: string } {
  try {
    const tokens = tokenize(expr);
    if (tokens.length === 0) return '0';
    const parser = new ArithParser(tokens, get, set);
    const value = parser.assignment();
    if (parser.pos < tokens.length) throw new ArithError('arithmetic syntax error');
    return String(value);
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

  assignment(): bigint {
    this.enter();
    try {
      return this.assignOrTernary();
    } finally {
      this.depth--;
    }
  }

  private assignOrTernary(): bigint {
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

  private ternary(): bigint {
    const cond = this.binary(0);
    if (this.tokens[this.pos] !== '?') return cond;
    this.pos++;
    const yes = this.assignment();
    if (this.tokens[this.pos++] !== ':') throw new ArithError('arithmetic syntax error');
    const no = this.assignment();
    return cond !== 0n ? yes : no;
  }

  private binary(level: number): bigint {
    const entry = BINARY[level];
    if (!entry) return this.power();
    let left = this.binary(level + 1);
    for (let op = this.tokens[this.pos]; op !== undefined && entry.includes(op); op = this.tokens[this.pos]) {
      this.pos++;
      left = apply(op, left, this.binary(level + 1));
    }
    return left;
  }

  private power(): bigint {
    const base = this.unary();
    if (this.tokens[this.pos] !== '**') return base;
    this.pos++;
    this.enter();
    const exponent = this.power();
    this.depth--;
    return apply('**', base, exponent);
  }

  private unary(): bigint {
    const op = this.tokens[this.pos];
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.pos++;
      this.enter();
      const value = this.unary();
      this.depth--;
      return op === '-' ? wrap(-value) : op === '+' ? value : op === '!' ? (value === 0n ? 1n : 0n) : ~value;
    }
    return this.primary();
  }

  private primary(): bigint {
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

  private variable(name: string): bigint {
    const text = (this.get(name) ?? '').trim();
    if (text === '') return 0n;
    if (!/^[-+]?(0[xX][0-9a-fA-F]+|\d+)$/.test(text)) throw new ArithError('arithmetic syntax error');
    const negative = text.startsWith('-');
    const value = parseNumber(text.replace(/^[-+]/, ''));
    return negative ? wrap(-value) : value;
  }
}

const MAX_UNSIGNED = (1n << 64n) - 1n;

/** Wraps to a signed 64-bit value. */
function wrap(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

/** A literal as strtoull reads it (saturating at 2^64 - 1), as a signed 64-bit value. */
function parseNumber(token: string): bigint {
  let digits: string;
  let radix: 16n | 8n | 10n;
  if (/^0[xX]/.test(token)) { digits = token.slice(2); radix = 16n; }
  else if (/^0[0-7]+$/.test(token)) { digits = token.slice(1); radix = 8n; }
  else if (/^0\d+$/.test(token)) throw new ArithError('arithmetic syntax error');
  else { digits = token; radix = 10n; }
  digits = digits.replace(/^0+/, '');
  // More digits than 2^64 - 1 has are past it, whatever they are: no need to read them all.
  if (digits.length > (radix === 16n ? 16 : radix === 8n ? 22 : 20)) return wrap(MAX_UNSIGNED);
  const prefix = radix === 16n ? '0x' : radix === 8n ? '0o' : '';
  const value = digits === '' ? 0n : BigInt(`${prefix}${digits}`);
  return wrap(value > MAX_UNSIGNED ? MAX_UNSIGNED : value);
}

/** a ** b by squaring, wrapping at each step (b < 0 gives 0). */
function power(a: bigint, b: bigint): bigint {
  if (b < 0n) return 0n;
  let result = 1n;
  let base = a;
  for (let e = b; e > 0n; e >>= 1n) {
    if (e & 1n) result = wrap(result * base);
    base = wrap(base * base);
  }
  return result;
}

const bool = (v: boolean): bigint => (v ? 1n : 0n);

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '||': return bool(a !== 0n || b !== 0n);
    case '&&': return bool(a !== 0n && b !== 0n);
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '==': return bool(a === b);
    case '!=': return bool(a !== b);
    case '<': return bool(a < b);
    case '>': return bool(a > b);
    case '<=': return bool(a <= b);
    case '>=': return bool(a >= b);
    case '<<': return wrap(a << (b & 63n));
    case '>>': return a >> (b & 63n);
    case '+': return wrap(a + b);
    case '-': return wrap(a - b);
    case '*': return wrap(a * b);
    case '**': return power(a, b);
    case '/': case '%':
      if (b === 0n) throw new ArithError('divide by zero');
      return wrap(op === '/' ? a / b : a % b);
    default: throw new ArithError('arithmetic syntax error');
  }
}
