import { TimelineItemDto } from '../../api/models';
import { allocationsOf, changesOf, formatDuration, iconOf, mentionAt, mentionParts, newestFirst, shipmentLinesOf, withMention } from './timeline-view';

function item(partial: Partial<TimelineItemDto>): TimelineItemDto {
  return {
    id: '1', occurredAt: '2026-01-01T00:00:00Z', kind: 'comment', entityType: 'company', entityId: 'c',
    title: 't', subject: null, details: {}, userId: null, ...partial,
  };
}

describe('timeline view', () => {
  it('reads field changes with old and new values', () => {
    const changes = changesOf(item({ kind: 'updated', details: { changes: [{ field: 'amount', oldValue: '1000.00', newValue: null }] } }));
    expect(changes).toEqual([{ field: 'amount', oldValue: '1000.00', newValue: null }]);
    expect(changesOf(item({ details: { text: 'hi' } }))).toEqual([]);
  });

  it('gives unknown kinds the generic icon', () => {
    expect(iconOf('comment')).toBe('❝');
    expect(iconOf('shipment')).toBe('•');
  });

  it('shows Stock shipments with their icons and products, without the cost', () => {
    expect(iconOf('shipmentPosted')).toBe('⇲');
    expect(iconOf('shipmentCancelled')).toBe('↩');
    const details = {
      documentId: 'd', number: 'ОТГ-000001', date: '2026-01-01', warehouseId: 'w', invoiceId: null, totalCost: 700,
      lines: [
        { productId: 'p1', sku: 'SKU-1', name: 'Cable', quantity: 3, cost: 300 },
        { productId: 'p2', sku: 'SKU-2', name: 'Plug', quantity: 1.5, cost: 400 },
      ],
    };
    const lines = shipmentLinesOf(item({ kind: 'shipmentPosted', title: 'ОТГ-000001', details }));
    expect(lines).toEqual([
      { sku: 'SKU-1', name: 'Cable', quantity: '3' },
      { sku: 'SKU-2', name: 'Plug', quantity: '1.5' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('300');
    const cancelled = { ...details, reversalDocumentId: 'r', reversalNumber: 'ОТГ-000002' };
    expect(shipmentLinesOf(item({ kind: 'shipmentCancelled', details: cancelled }))).toHaveLength(2);
    expect(shipmentLinesOf(item({ kind: 'updated', details: { lines: details.lines } }))).toEqual([]);
  });

  it('shows Docs documents generated and sent with their icons', () => {
    expect(['documentGenerated', 'documentSent'].map(iconOf)).toEqual(['▤', '✉']);
  });

  it('shows Finance invoices and payments with their icons, and the invoices a payment paid', () => {
    expect(['invoiceIssued', 'invoicePaid', 'invoiceOverdue', 'invoiceCancelled', 'paymentReceived'].map(iconOf))
      .toEqual(['₽', '✔', '⚠', '⊘', '⇊']);
    const details = {
      paymentId: 'p', number: 'ПП-000001', date: '2026-12-01', amount: 1000, currency: 'RUB', purpose: null, advance: 300,
      allocations: [{ invoiceId: 'i', invoiceNumber: 'СЧ-2026-000301', amount: 700 }],
    };
    expect(allocationsOf(item({ kind: 'paymentReceived', details }))).toEqual([{ invoiceNumber: 'СЧ-2026-000301', amount: '700' }]);
    expect(allocationsOf(item({ kind: 'invoicePaid', details }))).toEqual([]);
    expect(allocationsOf(item({ kind: 'paymentReceived', details: {} }))).toEqual([]);
  });

  it('formats call durations and orders items newest first', () => {
    expect(formatDuration(185)).toBe('3:05');
    const sorted = newestFirst([item({ id: 'a', occurredAt: '2026-01-01T00:00:00Z' }), item({ id: 'b', occurredAt: '2026-02-01T00:00:00Z' })]);
    expect(sorted.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('gives the tasks on a card their icons', () => {
    expect(iconOf('taskCreated')).toBe('☐');
    expect(iconOf('taskCompleted')).toBe('☑');
    expect(iconOf('taskOverdue')).toBe('⏰');
    expect(iconOf('taskReassigned')).toBe('⇆');
  });

  it('finds @mentions in a comment, not e-mail addresses, without the full stop after them', () => {
    expect(mentionParts('Ask @boris.petrov, cc ivan@example.com and @anna.')).toEqual([
      { text: 'Ask ', mention: false },
      { text: '@boris.petrov', mention: true },
      { text: ', cc ivan@example.com and ', mention: false },
      { text: '@anna', mention: true },
      { text: '.', mention: false },
    ]);
    expect(mentionParts('no mentions')).toEqual([{ text: 'no mentions', mention: false }]);
  });

  it('knows the @word being typed and completes it', () => {
    expect(mentionAt('Ask @bor', 8)).toEqual({ start: 4, query: 'bor' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail ivan@exa', 13)).toBeNull();
    expect(mentionAt('Ask @boris now', 14)).toBeNull();
    expect(withMention('Ask @bor please', 4, 8, 'boris')).toEqual({ text: 'Ask @boris please', caret: 11 });
  });
});
