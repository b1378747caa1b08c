// `$(( ... ))`: integer arithmetic as busybox ash's math.c evaluates it: the C-like operators,
// `++` and `--` before and after a variable, the assignment operators, `,`, and variables by
// name, a variable's value itself evaluated as an expression (`a=b; b=3; $((a+1))` is 4). Both
// sides of && || ?: are evaluated (no short-circuit), which only matters for assignments inside
// them. Numbers are 64-bit and wrap, as arith_t (long long) does on the images' CPUs: shift
// counts are taken modulo 64, and a literal past 2^64 - 1 reads as 0 (strtoull's ERANGE, which
// ash turns into 0 for bash's sake).

type Get = (name: string) => string | undefined;
type Set = (name: string, value: string) => void;

class ArithError {
  constructor(readonly message: string) {}
}

const TOKEN = /\s*(0[xX][0-9a-fA-F]*|\d+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|[-+*/%&|^]=|[-+*/%<>!~()?:=&|^,])/y;
/** Binary operators from the loosest to the tightest binding. */
const BINARY: string[][] = [
  ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '>', '<=', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
];
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']);
const NAME = /^[A-Za-z_]/;
/** A variable's value that is one number, read without parsing it as an expression. */
const PLAIN_NUMBER = /^\s*[-+]?(0[xX][0-9a-fA-F]+|\d+)\s*$/;

/** Evaluates an arithmetic expression to its decimal text; `{ error }` for a syntax error or a division by zero. */
export function evaluateArith(expr: string, get: Get, set: Set): string | { error: string } {
  try {
    return String(evaluate(expr, { get, set, evaluating: [], depth: 0 }));
  } catch (error) {
    if (error instanceof ArithError) return { error: error.message };
    throw error;
  }
}

/** What the evaluation of one `$((...))` shares with that of the variables inside it. */
interface ArithContext {
  get: Get;
  set: Set;
  /** The variables whose values are being evaluated, outermost first: `a=b; b=a; $((a))` is a loop. */
  evaluating: string[];
  depth: number;
}

function evaluate(expr: string, context: ArithContext): bigint {
  const tokens = tokenize(expr);
  if (tokens.length === 0) return 0n;
  const parser = new ArithParser(tokens, context);
  const value = parser.comma();
  if (parser.pos < tokens.length) throw new ArithError(tokens[parser.pos] === ':' ? 'malformed ?: operator' : 'arithmetic syntax error');
  return value;
}

/**
 * The tokens of an expression. `++` and `--` are one token after a variable name (VAR++) or
 * before one (++VAR); elsewhere they are two signs, as in math.c: `7+++v` is 7 + ++v, `--7` is - - 7.
 */
function tokenize(expr: string): string[] {
  const tokens: string[] = [];
  let pos = 0;
  while (pos < expr.length) {
    if (/^\s*$/.test(expr.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const match = TOKEN.exec(expr);
    const token = match?.[1];
    if (!token) throw new ArithError('arithmetic syntax error');
    pos = TOKEN.lastIndex;
    if (token === '++' || token === '--') {
      const before = tokens[tokens.length - 1];
      const after = /^\s*[A-Za-z_]/.test(expr.slice(pos));
      if (!(before !== undefined && NAME.test(before)) && !after) {
        tokens.push(token[0] as string);
        pos -= 1;
        continue;
      }
    }
    // A number runs into no letter: `08`, `0x`, `1a` are errors.
    if (/^\d/.test(token) && /^[A-Za-z0-9_]/.test(expr.slice(pos))) throw new ArithError('arithmetic syntax error');
    tokens.push(token);
  }
  return tokens;
}

/** Nesting of parentheses, unary operators and variables evaluated: deeper, the expression fails as bash's does. */
const MAX_ARITH_DEPTH = 100;

class ArithParser {
  pos = 0;

  constructor(private readonly tokens: string[], private readonly context: ArithContext) {}

  private enter(): void {
    if (++this.context.depth > MAX_ARITH_DEPTH) throw new ArithError('expression recursion level exceeded');
  }

  private leave(): void {
    this.context.depth--;
  }

  /** EXPR , EXPR ...: each evaluated, the last one's value. */
  comma(): bigint {
    let value = this.assignment();
    while (this.tokens[this.pos] === ',') {
      this.pos++;
      value = this.assignment();
    }
    return value;
  }

  private assignment(): bigint {
    this.enter();
    try {
      const name = this.tokens[this.pos];
      const op = this.tokens[this.pos + 1];
      if (name !== undefined && NAME.test(name) && op !== undefined && ASSIGN.has(op)) {
        this.pos += 2;
        const right = this.assignment();
        const value = op === '=' ? right : apply(op.slice(0, -1), this.variable(name), right);
        this.context.set(name, String(value));
        return value;
      }
      return this.ternary();
    } finally {
      this.leave();
    }
  }

  private ternary(): bigint {
    const cond = this.binary(0);
    if (this.tokens[this.pos] !== '?') return cond;
    this.pos++;
    // The middle is read as if in parentheses, as in C: `v ? 1,2 : 3`.
    const yes = this.comma();
    if (this.tokens[this.pos++] !== ':') throw new ArithError('malformed ?: operator');
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
    this.leave();
    return apply('**', base, exponent);
  }

  private unary(): bigint {
    const op = this.tokens[this.pos];
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.pos++;
      this.enter();
      const value = this.unary();
      this.leave();
      return op === '-' ? wrap(-value) : op === '+' ? value : op === '!' ? (value === 0n ? 1n : 0n) : ~value;
    }
    if (op === '++' || op === '--') {
      // ++VAR: the tokenizer made it one token only before a name.
      this.pos++;
      const name = this.tokens[this.pos++] as string;
      if (this.tokens[this.pos] === '++' || this.tokens[this.pos] === '--') throw new ArithError('arithmetic syntax error');
      const value = wrap(this.variable(name) + (op === '++' ? 1n : -1n));
      this.context.set(name, String(value));
      return value;
    }
    return this.primary();
  }

  private primary(): bigint {
    const token = this.tokens[this.pos++];
    if (token === undefined) throw new ArithError('arithmetic syntax error');
    if (token === '(') {
      this.enter();
      const value = this.comma();
      this.leave();
      if (this.tokens[this.pos++] !== ')') throw new ArithError('arithmetic syntax error');
      return value;
    }
    if (/^\d/.test(token)) return parseNumber(token);
    if (NAME.test(token)) {
      const value = this.variable(token);
      const post = this.tokens[this.pos];
      if (post !== '++' && post !== '--') return value;
      // VAR++: the variable steps, the expression has the value before.
      this.pos++;
      this.context.set(token, String(wrap(value + (post === '++' ? 1n : -1n))));
      return value;
    }
    throw new ArithError(token === ':' ? 'malformed ?: operator' : 'arithmetic syntax error');
  }

  /** A variable's value: unset or empty is 0; otherwise the value is evaluated as an expression (math.c › arith_lookup_val). */
  private variable(name: string): bigint {
    const text = this.context.get(name);
    if (text === undefined) return 0n;
    if (PLAIN_NUMBER.test(text)) {
      const trimmed = text.trim();
      const value = parseNumber(trimmed.replace(/^[-+]/, ''));
      return trimmed.startsWith('-') ? wrap(-value) : value;
    }
    const { evaluating } = this.context;
    if (evaluating.includes(name)) throw new ArithError('expression recursion loop detected');
    evaluating.push(name);
    this.enter();
    try {
      return evaluate(text, this.context);
    } finally {
      this.leave();
      evaluating.pop();
    }
  }
}

const MAX_UNSIGNED = (1n << 64n) - 1n;

/** Wraps to a signed 64-bit value. */
function wrap(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

/** A literal as strtoull reads it, as a signed 64-bit value; past 2^64 - 1 (ERANGE), 0 as ash gives it. */
function parseNumber(token: string): bigint {
  let digits: string;
  let radix: 16n | 8n | 10n;
  if (/^0[xX]/.test(token)) {
    digits = token.slice(2);
    radix = 16n;
    if (digits === '') throw new ArithError('arithmetic syntax error');
  }
  else if (/^0[0-7]+$/.test(token)) { digits = token.slice(1); radix = 8n; }
  else if (/^0\d+$/.test(token)) throw new ArithError('arithmetic syntax error');
  else { digits = token; radix = 10n; }
  digits = digits.replace(/^0+/, '');
  // More digits than 2^64 - 1 has are past it, whatever they are: no need to read them all.
  if (digits.length > (radix === 16n ? 16 : radix === 8n ? 22 : 20)) return 0n;
  const prefix = radix === 16n ? '0x' : radix === 8n ? '0o' : '';
  const value = digits === '' ? 0n : BigInt(`${prefix}${digits}`);
  return value > MAX_UNSIGNED ? 0n : wrap(value);
}

/** a ** b by squaring, wrapping at each step; a negative exponent is an error. */
function power(a: bigint, b: bigint): bigint {
  if (b < 0n) throw new ArithError('exponent less than 0');
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
