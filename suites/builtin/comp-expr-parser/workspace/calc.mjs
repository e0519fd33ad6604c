// A small calculator: numbers, variables, + - * / % ^, unary +/-, parentheses.

const PREC = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 4 };
const RIGHT_ASSOC = new Set(['^']);
const UNARY_PREC = 3;

export function tokenize(source) {
  const tokens = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|(.))/gy;
  let m;
  while (re.lastIndex < source.length && (m = re.exec(source))) {
    if (m[1] !== undefined) tokens.push({ type: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ type: 'name', value: m[2] });
    else if (m[3] !== undefined) {
      if (!'+-*/%^()'.includes(m[3])) throw new SyntaxError(`unexpected character ${m[3]}`);
      tokens.push({ type: 'op', value: m[3] });
    }
  }
  return tokens;
}

export function applyBinary(op, a, b) {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': if (b === 0) throw new RangeError('division by zero'); return a / b;
    case '%': if (b === 0) throw new RangeError('division by zero'); return a % b;
    case '^': return a ** b;
    default: throw new SyntaxError(`unknown operator ${op}`);
  }
}

export class Parser {
  constructor(tokens, variables = {}) {
    this.tokens = tokens;
    this.pos = 0;
    this.variables = variables;
  }

  peek() { return this.tokens[this.pos]; }
  next() { return this.tokens[this.pos++]; }

  expect(value) {
    const t = this.next();
    if (!t || t.value !== value) throw new SyntaxError(`expected ${value}`);
  }

  isBinary(t) {
    return t !== undefined && t.type === 'op' && Object.hasOwn(PREC, t.value);
  }

  parsePrimary() {
    const t = this.next();
    if (!t) throw new SyntaxError('unexpected end of input');
    if (t.type === 'num') return t.value;
    if (t.type === 'name') {
      if (!Object.hasOwn(this.variables, t.value)) throw new ReferenceError(`unknown variable ${t.value}`);
      return this.variables[t.value];
    }
    if (t.value === '(') {
      const v = this.parseExpression(0);
      this.expect(')');
      return v;
    }
    throw new SyntaxError(`unexpected ${t.value}`);
  }

  /** Unary +/- (precedence UNARY_PREC, looser than ^), else a primary. */
  parseUnary() {
    // TODO: implement as described in instruction.md.
    throw new Error('not implemented');
  }

  /** Precedence climbing over binary operators with precedence >= minPrec. */
  parseExpression(minPrec) {
    // TODO: implement as described in instruction.md.
    throw new Error('not implemented');
  }
}

export function evaluate(source, variables = {}) {
  const parser = new Parser(tokenize(source), variables);
  const value = parser.parseExpression(0);
  if (parser.peek() !== undefined) throw new SyntaxError(`unexpected ${parser.peek().value}`);
  return value;
}
