/**
 * Finds where JSON text first goes wrong. JSON.parse's own messages do not say where in every
 * engine (Node 20's V8 does not), so on failure the text is scanned once more, by this small
 * recogniser, only to place the error. Returns undefined for text that is valid JSON.
 */
export function findJsonSyntaxError(text: string): { line: number; column: number; problem: string } | undefined {
  let i = 0;
  const at = (problem: string) => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < i && k < text.length; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: i - lineStart + 1, problem };
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);

  // An explicit stack instead of recursion: deeply nested files cannot overflow it.
  const stack: ('object' | 'array')[] = [];
  let expectValue = true;
  skipSpace();
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (true) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{') {
        i++;
        skipSpace();
        if (text[i] === '}') {
          i++;
          expectValue = false;
        } else {
          stack.push('object');
          const problem = readKey();
          if (problem) return at(problem);
        }
        continue;
      }
      if (c === '[') {
        i++;
        skipSpace();
        if (text[i] === ']') {
          i++;
          expectValue = false;
        } else stack.push('array');
        continue;
      }
      if (c === '"') {
        if (!readString()) return at('unfinished text or a bad escape in a string');
      } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
        if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.test(text.slice(i, i + 400))) return at('a malformed number');
        i += /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))![0].length;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return at(`expected a value, found ${found()}`);
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? at(`unexpected ${found()} after the end of the data`) : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      skipSpace();
      const problem = top === 'object' ? readKey() : undefined;
      if (problem) return at(problem);
      expectValue = true;
    } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
      i++;
      stack.pop();
    } else {
      return at(`expected "," or "${top === 'object' ? '}' : ']'}", found ${found()}`);
    }
  }

  function readString(): boolean {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else if (c.charCodeAt(0) < 0x20) return false;
      else i++;
    }
    return false;
  }

  /** Reads `"name":`; returns what is wrong, if anything. */
  function readKey(): string | undefined {
    if (text[i] !== '"') return `expected a quoted name, found ${found()}`;
    if (!readString()) return 'unfinished text or a bad escape in a name';
    skipSpace();
    if (text[i] !== ':') return `expected ":" after a name, found ${found()}`;
    i++;
    expectValue = true;
    return undefined;
  }
}
