import { ImportFieldDto } from '../../api/models';

/** Column header → field key; an empty key leaves the column out. */
export type ColumnMapping = Record<string, string>;

/**
 * Starts from the server's suggestion, keeping only columns the file has and fields that exist,
 * and every field at most once (the first column that claims it wins).
 */
export function initialMapping(columns: string[], fields: ImportFieldDto[], suggested: ColumnMapping): ColumnMapping {
  const known = new Set(fields.map((f) => f.key));
  const taken = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const field = suggested[column] ?? '';
    if (field && known.has(field) && !taken.has(field)) {
      taken.add(field);
      mapping[column] = field;
    } else {
      mapping[column] = '';
    }
  }
  return mapping;
}

/** Maps a column to a field; a field taken by another column is moved, not duplicated. */
export function assign(mapping: ColumnMapping, column: string, field: string): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [c, f] of Object.entries(mapping)) next[c] = field && f === field ? '' : f;
  next[column] = field;
  return next;
}

/** What stops the import from starting: required fields nobody maps. Empty means it can run. */
export function missingRequired(mapping: ColumnMapping, fields: ImportFieldDto[]): ImportFieldDto[] {
  const mapped = new Set(Object.values(mapping).filter((f) => f));
  return fields.filter((f) => f.required && !mapped.has(f.key));
}

/** The body the server expects: only mapped columns. */
export function toRequest(mapping: ColumnMapping): ColumnMapping {
  return Object.fromEntries(Object.entries(mapping).filter(([, f]) => f));
}
