import { HttpErrorResponse } from '@angular/common/http';
import { HttpValidationProblemDetails, ProblemDetails } from '../../api/models';

/** The RFC 7807 body of a failed call, when the server sent one. */
export function problemOf(error: unknown): (ProblemDetails & HttpValidationProblemDetails) | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body && typeof body === 'object') return body as ProblemDetails & HttpValidationProblemDetails;
  if (typeof body === 'string' && body.startsWith('{')) {
    try {
      return JSON.parse(body);
    } catch {
      return null;
    }
  }
  return null;
}

export function statusOf(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : 0;
}

/**
 * The server names fields as its JSON does (camelCase), but a model binder may still say "Name"
 * or "Tags[0]": map them onto the form's control names.
 */
export function fieldErrors(error: unknown): Record<string, string[]> {
  const errors = problemOf(error)?.errors ?? {};
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    const root = key.split(/[.[]/)[0];
    const field = root.charAt(0).toLowerCase() + root.slice(1);
    (result[field] ??= []).push(...messages);
  }
  return result;
}
