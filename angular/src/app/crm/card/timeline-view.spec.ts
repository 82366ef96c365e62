import { TimelineItemDto } from '../../api/models';
import { changesOf, formatDuration, iconOf, newestFirst } from './timeline-view';

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

  it('formats call durations and orders items newest first', () => {
    expect(formatDuration(185)).toBe('3:05');
    const sorted = newestFirst([item({ id: 'a', occurredAt: '2026-01-01T00:00:00Z' }), item({ id: 'b', occurredAt: '2026-02-01T00:00:00Z' })]);
    expect(sorted.map((i) => i.id)).toEqual(['b', 'a']);
  });
});
