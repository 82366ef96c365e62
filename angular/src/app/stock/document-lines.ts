/** The editor's lines and the pure rules around them: scan-to-line merge, totals, request shape. */

import { DocumentKind } from '../api/models';

export type { DocumentKind };
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['receipt', 'shipment', 'transfer', 'writeOff', 'count'];

/** One line as the editor holds it. On a count, `quantity` is the counted quantity. */
export interface EditorLine {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  quantity: number;
  unitCost: number | null;
  /** Posted documents only. */
  bookQuantity?: number | null;
  difference?: number | null;
  cost?: number | null;
}

export interface ScannedProduct {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly unit: string;
}

/**
 * Adds a scanned product: one more of it on its existing line, or a new line with quantity 1 at the end.
 * Returns a new array and the index of the line that changed, so the editor can highlight it.
 */
export function addScanned(lines: readonly EditorLine[], product: ScannedProduct, step = 1): { lines: EditorLine[]; index: number } {
  const index = lines.findIndex((l) => l.productId === product.id);
  if (index >= 0) {
    const next = lines.map((l, i) => (i === index ? { ...l, quantity: roundQuantity(l.quantity + step) } : l));
    return { lines: next, index };
  }
  const line: EditorLine = { productId: product.id, sku: product.sku, name: product.name, unit: product.unit, quantity: step, unitCost: null };
  return { lines: [...lines, line], index: lines.length };
}

/** Quantities are kept to 4 decimals as the server stores them, so 0.1 + 0.2 stays 0.3. */
export function roundQuantity(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Money rounded to kopecks. */
export function roundMoney(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** A line's cost: the server's once posted, else quantity × unit cost when one is entered. */
export function lineCost(line: Pick<EditorLine, 'quantity' | 'unitCost' | 'cost'>): number | null {
  if (line.cost !== undefined && line.cost !== null) return line.cost;
  if (line.unitCost === null || line.unitCost === undefined) return null;
  return roundMoney(line.quantity * line.unitCost);
}

export function linesTotal(lines: readonly Pick<EditorLine, 'quantity' | 'unitCost' | 'cost'>[]): number {
  return roundMoney(lines.reduce((sum, l) => sum + (lineCost(l) ?? 0), 0));
}

export function totalQuantity(lines: readonly Pick<EditorLine, 'quantity'>[]): number {
  return roundQuantity(lines.reduce((sum, l) => sum + l.quantity, 0));
}

/** Which header fields a kind shows. */
export function headerFields(kind: DocumentKind): { target: boolean; company: boolean; reason: boolean; unitCost: boolean } {
  return {
    target: kind === 'transfer',
    company: kind === 'shipment',
    reason: kind === 'writeOff',
    unitCost: kind === 'receipt',
  };
}

/** The lines of the request body; unit costs only travel on receipts. */
export function toLineInputs(kind: DocumentKind, lines: readonly EditorLine[]): { productId: string; quantity: number; unitCost: number | null }[] {
  return lines.map((l) => ({
    productId: l.productId,
    quantity: l.quantity,
    unitCost: kind === 'receipt' ? l.unitCost : null,
  }));
}

/**
 * Server field errors on lines come as "lines[2].quantity" / "Lines[2].UnitCost": groups them by line index.
 * Everything else is returned under `fields` by the field's camelCase root name.
 */
export function splitErrors(errors: Record<string, string[]> | null | undefined): {
  fields: Record<string, string>;
  lines: Record<number, string>;
} {
  const fields: Record<string, string> = {};
  const lines: Record<number, string> = {};
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const text = messages.join(' ');
    const line = /^lines\[(\d+)\]/i.exec(key);
    if (line) {
      const i = Number(line[1]);
      lines[i] = lines[i] ? `${lines[i]} ${text}` : text;
      continue;
    }
    const root = key.split(/[.[]/)[0];
    const field = root.charAt(0).toLowerCase() + root.slice(1);
    fields[field] = fields[field] ? `${fields[field]} ${text}` : text;
  }
  return { fields, lines };
}

/** A number the generated client types as `number | string` (the server sends numbers). */
export function numberOrNull(value: number | string | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A scanner sends the code and Enter; people paste with spaces around. */
export function normalizeCode(raw: string): string {
  return raw.trim();
}

/**
 * The unit cost to show: the entered one, else the posted cost per unit moved — on a count the units moved
 * are the difference, not the counted quantity.
 */
export function shownUnitCost(line: Pick<EditorLine, 'quantity' | 'unitCost' | 'cost' | 'difference'>): number | null {
  if (line.unitCost !== null && line.unitCost !== undefined) return line.unitCost;
  const moved = line.difference ?? line.quantity;
  if (line.cost === null || line.cost === undefined || !moved) return null;
  return Math.round(Math.abs(line.cost / moved) * 10_000) / 10_000;
}
