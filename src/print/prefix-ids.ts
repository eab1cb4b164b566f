/**
 * The print edition puts all modules on one page, and their headings share slugs
 * (every module has a “常见问题与易错点”). Renaming each module's ids, and everything
 * in it that points at an id, keeps ids unique so the 目录 and the bookmarks land on
 * the right module and ARIA references (a term popover's aria-controls) still resolve.
 *
 * The new ids are short ASCII: Chromium writes link targets into the PDF as named
 * destinations, and a percent-encoded Chinese slug exceeds the 127-byte name limit
 * that PDF readers and printers' preflight enforce.
 */

/** A start tag; attributes are rewritten only inside one, never in text. */
const START_TAG = /<[a-zA-Z][^<>]*>/g;

/** Attributes holding one id, or a space-separated list of ids. */
const ID_REFS = ['id', 'for', 'popovertarget', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'headers'];
const ATTRIBUTE = new RegExp(`(\\s)(${ID_REFS.join('|')}|href)="([^"]*)"`, 'g');

/** 32-bit FNV-1a in base 36: a stable short name for any id. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The id an element of a module gets on the print page: prefix + a short ASCII form. */
export function scopedId(prefix: string, id: string): string {
  return /^[A-Za-z][\w-]{0,40}$/.test(id) ? `${prefix}${id}` : `${prefix}h${shortHash(id)}`;
}

export function prefixIds(html: string, prefix: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (whole, space: string, name: string, value: string) => {
      if (name === 'href') {
        // Only same-page fragments; links to other pages keep their anchors.
        if (!value.startsWith('#') || value.length === 1) return whole;
        return `${space}href="#${scopedId(prefix, decodeFragment(value.slice(1)))}"`;
      }
      const ids = value.split(/\s+/).filter(Boolean).map((id) => scopedId(prefix, id));
      return `${space}${name}="${ids.join(' ')}"`;
    }),
  );
}

/** href="#%E6%9C%AC" and id="本" name the same element. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
