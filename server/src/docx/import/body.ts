/**
 * Splits document.xml into the body's top-level elements (`<w:p>…</w:p>`, `<w:tbl>…</w:tbl>`)
 * without building a tree of the whole document: each element is parsed on its own, so a 50 MB
 * draft never holds more than one paragraph's tree at a time. Attribute values may hold `>`, so a
 * tag is matched with its quoted values.
 */
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

export function* bodyElements(xml: string): Generator<string> {
  const open = /<w:body(?:\s[^>]*)?>/.exec(xml);
  if (!open) return;
  TOKEN.lastIndex = open.index + open[0].length;
  let depth = 0;
  let start = -1;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // comment, CDATA, processing instruction
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (closing) {
      if (depth === 0) return; // </w:body>
      depth--;
      if (depth === 0) yield xml.slice(start, m.index + m[0].length);
    } else if (selfClosing) {
      if (depth === 0) yield m[0];
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
}
