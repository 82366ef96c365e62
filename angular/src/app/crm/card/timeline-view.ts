import { TimelineItemDto } from '../../api/models';

/** One "old → new" line of a field change. */
export interface ChangeLine {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** The symbol shown next to an item; kinds added by other modules get the generic one. */
export const KIND_ICONS: Record<string, string> = {
  created: '✚',
  updated: '✎',
  stageChanged: '➜',
  won: '★',
  lost: '✖',
  reopened: '↺',
  ownerChanged: '⇄',
  merged: '⇉',
  converted: '⇪',
  comment: '❝',
  call: '☎',
  email: '✉',
  meeting: '◷',
  shipmentPosted: '⇲',
  shipmentCancelled: '↩',
  invoiceIssued: '₽',
  invoicePaid: '✔',
  invoiceOverdue: '⚠',
  invoiceCancelled: '⊘',
  paymentReceived: '⇊',
  documentGenerated: '▤',
  documentSent: '✉',
  taskCreated: '☐',
  taskCompleted: '☑',
  taskOverdue: '⏰',
  taskReassigned: '⇆',
};

export function iconOf(kind: string): string {
  return KIND_ICONS[kind] ?? '•';
}

/** The field changes an item carries (updates, owner changes, stage moves), empty for other kinds. */
export function changesOf(item: TimelineItemDto): ChangeLine[] {
  const changes = (item.details as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return [];
  return changes
    .filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null && typeof c['field'] === 'string')
    .map((c) => ({
      field: c['field'] as string,
      oldValue: typeof c['oldValue'] === 'string' ? c['oldValue'] : null,
      newValue: typeof c['newValue'] === 'string' ? c['newValue'] : null,
    }));
}

/** One product of a shipment (Stock's shipmentPosted / shipmentCancelled); the cost price is not for sales. */
export interface ShipmentLine {
  sku: string;
  name: string;
  quantity: string;
}

/** The products a shipment item carries, empty for other kinds. */
export function shipmentLinesOf(item: TimelineItemDto): ShipmentLine[] {
  if (item.kind !== 'shipmentPosted' && item.kind !== 'shipmentCancelled') return [];
  const lines = (item.details as { lines?: unknown } | null)?.lines;
  if (!Array.isArray(lines)) return [];
  return lines
    .filter((l): l is Record<string, unknown> => typeof l === 'object' && l !== null)
    .map((l) => ({ sku: String(l['sku'] ?? ''), name: String(l['name'] ?? ''), quantity: String(l['quantity'] ?? '') }));
}

/** A part of a payment applied to one invoice (Finance's paymentReceived). */
export interface PaymentAllocation {
  invoiceNumber: string;
  amount: string;
}

/** The invoices a payment item paid, empty for other kinds. */
export function allocationsOf(item: TimelineItemDto): PaymentAllocation[] {
  if (item.kind !== 'paymentReceived') return [];
  const allocations = (item.details as { allocations?: unknown } | null)?.allocations;
  if (!Array.isArray(allocations)) return [];
  return allocations
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((a) => ({ invoiceNumber: String(a['invoiceNumber'] ?? ''), amount: String(a['amount'] ?? '') }));
}

/** A text property of an item's details, or null. */
export function detail(item: TimelineItemDto, key: string): string | null {
  const value = (item.details as Record<string, unknown> | null)?.[key];
  return value === null || value === undefined ? null : String(value);
}

/** 185 → "3:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(s / 60);
  return `${minutes}:${String(s % 60).padStart(2, '0')}`;
}

/** Items newest first, ties broken by id so the order is stable (the server's order). */
export function newestFirst(items: TimelineItemDto[]): TimelineItemDto[] {
  return [...items].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id));
}

/** A piece of a comment: plain text, or an @mention to highlight. */
export interface TextPart {
  text: string;
  mention: boolean;
}

// As the server reads them: an @ not glued to a word (not an e-mail address), then the user name.
const MENTION = /(?<![\p{L}\p{N}_.@-])@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]/gu;

/** "Ask @boris." → ["Ask ", "@boris" (a mention), "."]. */
export function mentionParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(MENTION)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mention: false });
    parts.push({ text: m[0], mention: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mention: false });
  return parts;
}

/** The @word being typed just before the caret (without the @), or null when the caret is not in one. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = /(?:^|[^\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]*)$/u.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - m[1].length - 1, query: m[1] };
}

/** The text with the @word at `start` (up to the caret) replaced by "@userName ". */
export function withMention(text: string, start: number, caret: number, userName: string): { text: string; caret: number } {
  const inserted = `@${userName} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret).replace(/^\s/, ''), caret: start + inserted.length };
}
