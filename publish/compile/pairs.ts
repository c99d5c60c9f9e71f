// The paired marks of Chinese text, each opener with its closer: the lint checks they close
// (typography.ts), and summaries are cut only outside them (derive.ts).
export const PAIRS: Record<string, string | undefined> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '【': '】',
  '《': '》',
  '「': '」',
}
export const CLOSERS = new Set<string>(Object.values(PAIRS).filter((c) => c !== undefined))
