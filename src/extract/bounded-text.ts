/**
 * Reading an element's text only as far as it matters. `el.textContent` builds the whole
 * subtree's string, so asking "is this short?" of a container costs its full size; on a big
 * page, asked for every ancestor of every price, that adds up to many walks of the page.
 */
const SHOW_TEXT = 4;

/**
 * The element's text with runs of white space collapsed, or null as soon as it is known to
 * be longer than `max` characters. Reads at most about `max` characters of text.
 */
export function textUpTo(el: Element, max: number): string | null {
  const first = el.firstChild;
  // The common case of a leaf element: one text node, no walker needed.
  if (first && first === el.lastChild && first.nodeType === 3) {
    // squash has collapsed every run already: only the ends are left to trim.
    const text = squash(first.nodeValue ?? '', max).trim();
    return text.length > max ? null : text;
  }
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += squash(node.nodeValue ?? '', max);
    if (text.length > max + 2 && fits(text, max) === null) return null;
  }
  return fits(text, max);
}

/**
 * Collapses white space in one text node's value, reading it in chunks only until the
 * collapsed text is past `max`: a 10 MB node costs no more than its first few chunks.
 */
function squash(value: string, max: number): string {
  let out = '';
  for (let i = 0; i < value.length && out.length <= max + 1; i += CHUNK) {
    out = (out + value.slice(i, i + CHUNK)).replace(/\s+/g, ' ');
  }
  return out;
}

const CHUNK = 1024;

function fits(text: string, max: number): string | null {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed.length > max ? null : trimmed;
}

/**
 * The first `max` characters of the element's text, white space collapsed, reading no
 * further into the subtree than that.
 */
export function textPrefix(el: Element, max: number): string {
  const first = el.firstChild;
  if (first && first === el.lastChild && first.nodeType === 3) return squash(first.nodeValue ?? '', max).trim().slice(0, max);
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    text += squash(node.nodeValue ?? '', max);
    if (text.length > max * 2 + 16) {
      const collapsed = text.replace(/\s+/g, ' ').trimStart();
      if (collapsed.length > max) return collapsed.slice(0, max).trim();
      text = collapsed;
    }
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
