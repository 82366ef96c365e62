import { ContactDto, CustomFieldDto } from '../../api/models';

/** "Last First", or whichever of them is filled. */
export function contactName(contact: Pick<ContactDto, 'firstName' | 'lastName'>): string {
  return [contact.lastName, contact.firstName].map((p) => p?.trim()).filter((p) => !!p).join(' ');
}

/** One admin-defined field as the card shows it: a label and a value, or a translation key for yes/no. */
export interface CustomFieldRow {
  key: string;
  label: string;
  value: string;
  /** Set for yes/no fields: the value is shown through this translation key. */
  translate: boolean;
}

/**
 * The filled custom fields in the order the admin defined them; values whose definition was removed
 * are still shown, under their key, after the defined ones.
 */
export function customFieldRows(definitions: CustomFieldDto[], values: Record<string, string>): CustomFieldRow[] {
  const rows: CustomFieldRow[] = [];
  const seen = new Set<string>();
  for (const d of definitions) {
    seen.add(d.key);
    const value = values[d.key];
    if (value === undefined || value === null || value === '') continue;
    if (d.type === 'yesNo') rows.push({ key: d.key, label: d.label, value: value === 'true' ? 'card.yes' : 'card.no', translate: true });
    else rows.push({ key: d.key, label: d.label, value, translate: false });
  }
  for (const [key, value] of Object.entries(values)) {
    if (!seen.has(key) && value) rows.push({ key, label: key, value, translate: false });
  }
  return rows;
}
