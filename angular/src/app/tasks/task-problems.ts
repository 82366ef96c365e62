import { problemOf, statusOf } from '../core/http/problem-details';

/** The server's code for "someone changed the record after you opened it". */
export const STALE_CODE = 'Concurrency.Stale';

/** A save refused because the task (or rule, or project) changed since it was opened. */
export function isStale(error: unknown): boolean {
  return statusOf(error) === 409 && (problemOf(error) as Record<string, unknown> | null)?.['code'] === STALE_CODE;
}

/** What to tell the user about a refusal: the server's detail, else its title, else the page's own words. */
export function problemMessage(error: unknown, fallback: string): string {
  const problem = problemOf(error);
  if (problem?.detail) return problem.detail;
  const fields = Object.values(problem?.errors ?? {}).flat();
  if (Array.isArray(fields) && fields.length && typeof fields[0] === 'string') return fields.join(' ');
  return problem?.title || fallback;
}
