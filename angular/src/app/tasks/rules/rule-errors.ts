import { problemOf, statusOf } from '../../core/http/problem-details';

/** A refusal of a rule: messages by the form's field name, and what belongs to no field. */
export interface RuleRefusal {
  readonly fields: Record<string, string>;
  readonly banner: string | null;
}

interface TemplateErrorEntry {
  readonly field?: string;
  readonly template?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message?: string;
}

/** "task.title", "Task.Title" or "title": the form's control name. */
function controlName(key: string): string {
  const last = key.split('.').pop() ?? key;
  return last.charAt(0).toLowerCase() + last.slice(1);
}

/**
 * 400: per-field messages (FluentValidation names like "task.title"); 422: a template's errors
 * (`errors: [{ field, line, column, message }]`), each shown under its template with its line.
 */
export function ruleRefusal(error: unknown, linePrefix: (line: number) => string, fallback: string): RuleRefusal {
  const problem = problemOf(error) as (Record<string, unknown> & { detail?: string | null; title?: string | null }) | null;
  const errors = problem?.['errors'];
  const fields: Record<string, string> = {};
  if (Array.isArray(errors)) {
    for (const e of errors as TemplateErrorEntry[]) {
      const name = controlName(e.field ?? e.template ?? String(problem?.['field'] ?? 'title'));
      const text = (e.line ? linePrefix(e.line) + ' ' : '') + (e.message ?? '');
      fields[name] = fields[name] ? `${fields[name]} ${text}` : text;
    }
  } else if (errors && typeof errors === 'object') {
    for (const [key, messages] of Object.entries(errors as Record<string, string[]>)) {
      fields[controlName(key)] = messages.join(' ');
    }
  } else if (statusOf(error) === 422 && typeof problem?.['field'] === 'string') {
    fields[controlName(problem['field'] as string)] = problem.detail ?? fallback;
  }
  const hasFields = Object.keys(fields).length > 0;
  return { fields, banner: hasFields ? null : problem?.detail || problem?.title || fallback };
}
