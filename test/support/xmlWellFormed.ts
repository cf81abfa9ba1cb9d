/**
 * A small XML well-formedness check, enough for the SVG the export writes: tags nest and
 * close, attributes are quoted and unique, entity references are the five predefined ones
 * or numeric, and no raw "<" or "&" appears in text. Returns problems, empty when well formed.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  const checkText = (text: string, at: number) => {
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad entity "${m[0]}" near ${at + (m.index ?? 0)}`);
    }
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    checkText(text, i);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root near ${i}`);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      if (end < 0) return [...problems, 'unclosed comment'];
      i = end + 3;
      continue;
    }
    const gt = findTagEnd(xml, lt);
    if (gt < 0) return [...problems, `unclosed tag at ${lt}`];
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = /^([A-Za-z_][\w.:-]*)([\s\S]*)$/.exec(body);
      if (!m) {
        problems.push(`bad tag name at ${lt}`);
      } else {
        const attrs = m[2]!;
        const seen = new Set<string>();
        const rest = attrs.replace(/\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/g, (_all, name: string, _q, dq?: string, sq?: string) => {
          if (seen.has(name)) problems.push(`duplicate attribute ${name} at ${lt}`);
          seen.add(name);
          checkText(dq ?? sq ?? '', lt);
          return '';
        });
        if (rest.trim()) problems.push(`malformed attributes "${rest.trim().slice(0, 40)}" at ${lt}`);
        if (stack.length === 0) roots++;
        if (!selfClosing) stack.push(m[1]!);
      }
    }
    i = gt + 1;
  }
  if (stack.length) problems.push(`unclosed elements: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

function findTagEnd(xml: string, from: number): number {
  let quote: string | undefined;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1;
  }
  return -1;
}
