// Characters a reader cannot see but a browser obeys: controls, bidi overrides (which can make a
// headline read backwards, "Trojan Source"), and zero-width or blank letters that can hide or
// fake a title. The publisher refuses them in what editors write.

/** C0 and C1 controls, DEL; a line break or tab is allowed only where the caller says. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u
/** Bidi marks, embeddings, overrides and isolates. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u
/** Zero-width and invisible letters; U+200D (zero-width joiner) builds emoji in running text. */
const INVISIBLE = /\u00ad|\u034f|\u115f|\u1160|\u17b4|\u17b5|\u180e|\u200b|\u200c|[\u2060-\u2064]|\u3164|\ufeff|\uffa0/u

const name = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** What is hidden in a headline or a name (anything invisible), or undefined. */
export function hiddenInLabel(text: string): string | undefined {
  const m = CONTROL.exec(text) ?? /[\n\t]/.exec(text) ?? BIDI.exec(text) ?? INVISIBLE.exec(text) ?? /\u200d/.exec(text)
  return m ? name(m[0]) : undefined
}

/** What is hidden in running text (line breaks and the emoji joiner are fine), or undefined. */
export function hiddenInText(text: string): string | undefined {
  const m = CONTROL.exec(text) ?? BIDI.exec(text) ?? INVISIBLE.exec(text)
  return m ? name(m[0]) : undefined
}
