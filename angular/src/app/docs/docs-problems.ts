import { HttpErrorResponse } from '@angular/common/http';
import { problemOf } from '../core/http/problem-details';
import { TemplateError } from './docs-models';

/** The RFC 7807 body of a failed call; a call that asked for a Blob (a PDF, a thumbnail) gets its problem as a Blob too. */
export async function problemOfAny(error: unknown): Promise<Record<string, unknown> | null> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    try {
      const parsed: unknown = JSON.parse(await error.error.text());
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return problemOf(error) as Record<string, unknown> | null;
}

/** A template's errors from a 422 (`errors: [{ kind, line, column, message }]`), in the order of the text. */
export function templateErrorsOf(problem: Record<string, unknown> | null): TemplateError[] {
  const errors = problem?.['errors'];
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is TemplateError => !!e && typeof e === 'object' && 'message' in e)
    // A Word template's errors name a place (part, paragraph or cell) instead of a line.
    .map((e) => ({
      kind: String(e.kind ?? ''), line: Number(e.line) || 0, column: Number(e.column) || 0,
      message: (e as { place?: string | null }).place ? `${(e as { place?: string }).place}: ${e.message}` : String(e.message),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What to tell the user: the server's detail, else its title, else the page's own words. */
export function problemText(problem: Record<string, unknown> | null, fallback: string): string {
  const detail = problem?.['detail'];
  const title = problem?.['title'];
  if (typeof detail === 'string' && detail) return detail;
  if (typeof title === 'string' && title) return title;
  // A 400 with per-field messages: show them all.
  const errors = problem?.['errors'];
  if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
    const messages = Object.values(errors as Record<string, string[]>).flat();
    if (messages.length) return messages.join(' ');
  }
  return fallback;
}
