/** The text with `snippet` put over the selection [start, end), and where the cursor goes after it. */
export function insertAt(text: string, start: number, end: number, snippet: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + snippet + text.slice(to), caret: from + snippet.length };
}

/** The offset of a 1-based line and column in the text, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const l = Math.max(1, Math.min(line, lines.length));
  let offset = 0;
  for (let i = 0; i < l - 1; i++) offset += lines[i].length + 1;
  return offset + Math.max(0, Math.min(column - 1, lines[l - 1].length));
}

/** The merge field as a template writes it. */
export const fieldSnippet = (path: string): string => `{{ ${path} }}`;
