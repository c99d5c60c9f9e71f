// Escaping for XML 1.0 text and attribute values, shared by the feed, the sitemaps and anything
// else the worker writes as XML. Plain string work: no Node APIs, safe in a Worker.

const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

// Characters XML 1.0 forbids outright (https://www.w3.org/TR/xml/#charsets): C0 controls other
// than tab, newline and carriage return; surrogates not part of a pair (with the u flag a paired
// surrogate is one code point above U+FFFF, so only lone halves match); U+FFFE and U+FFFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** Text made safe for an XML element or a quoted attribute: illegal characters dropped, & < > " ' escaped. */
export function xml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"']/g, (c) => SPECIAL[c] ?? c)
}
