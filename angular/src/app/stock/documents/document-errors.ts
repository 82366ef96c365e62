import { problemOf, statusOf } from '../../core/http/problem-details';
import { splitErrors } from '../document-lines';
import { HEADER_ERROR_FIELDS } from './document-header';

/** Where a refusal is shown: under a header field, under a line, or in the banner above the form. */
export interface DocumentErrors {
  readonly banner: string | null;
  readonly fields: Record<string, string>;
  readonly lines: Record<number, string>;
}

export const NO_ERRORS: DocumentErrors = { banner: null, fields: {}, lines: {} };

/**
 * Spreads a server's refusal over the form: a validation problem's messages go under the fields and lines they name,
 * the rest to the banner; any other problem is one banner (`messageOf` says it in words).
 */
export function documentErrorsOf(error: unknown, messageOf: (error: unknown) => string): DocumentErrors {
  if (statusOf(error) !== 400) return { ...NO_ERRORS, banner: messageOf(error) };
  const { fields, lines } = splitErrors(problemOf(error)?.errors);
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    if (HEADER_ERROR_FIELDS.includes(field)) placed[field] = message;
    else unplaced.push(message);
  }
  const anyPlaced = Object.keys(placed).length > 0 || Object.keys(lines).length > 0;
  return {
    banner: unplaced.length ? unplaced.join(' ') : anyPlaced ? null : messageOf(error),
    fields: placed,
    lines,
  };
}
