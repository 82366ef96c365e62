import { DealBoardDto, DealDto } from '../../api/models';
import {
  addMoney,
  closingColumn,
  isMove,
  undoStepOf,
  columnsOf,
  hasMore,
  placeOf,
  withCardConfirmed,
  withCardMoved,
  withMoveRolledBack,
  withPageAppended,
} from './board';

function deal(id: string, stageId: string, amount: number): DealDto {
  return {
    id,
    title: `Сделка ${id}`,
    companyId: 'c1',
    contactId: null,
    pipelineId: 'p1',
    stageId,
    amount,
    currency: 'RUB',
    expectedCloseDate: null,
    ownerId: 'u1',
    sourceId: null,
    status: 'open',
    lossReasonId: null,
    lossComment: null,
    lines: [],
    createdAt: '2026-11-01T00:00:00Z',
    modifiedAt: null,
    closedAt: null,
    stageEnteredAt: '2026-11-01T00:00:00Z',
    concurrencyStamp: 'x',
  };
}

const board: DealBoardDto = {
  pipelineId: 'p1',
  sorting: 'createdAt desc, id',
  columns: [
    { stageId: 's1', name: 'Звонок', kind: 'open', order: 0, probability: 10, count: 3, amount: 100.3, deals: [deal('a', 's1', 0.1), deal('b', 's1', 0.2)] },
    { stageId: 's2', name: 'Замер', kind: 'open', order: 1, probability: 30, count: 1, amount: 50, deals: [deal('c', 's2', 50)] },
    { stageId: 'won', name: 'Успешно', kind: 'won', order: 2, probability: 100, count: 0, amount: 0, deals: [] },
  ],
};

describe('board', () => {
  it('takes counts and totals from the server, not from the loaded cards', () => {
    const columns = columnsOf(board);
    expect(columns.map((c) => [c.count, c.amount])).toEqual([[3, 100.3], [1, 50], [0, 0]]);
    expect(hasMore(columns[0])).toBe(true);
    expect(hasMore(columns[1])).toBe(false);
  });

  it('moves a card with its count and amount from one column to the other at once', () => {
    const columns = columnsOf(board);
    const b = columns[0].deals[1];

    const moved = withCardMoved(columns, b, 's2');

    expect(moved[0].deals.map((d) => d.id)).toEqual(['a']);
    expect([moved[0].count, moved[0].amount]).toEqual([2, 100.1]);
    expect(moved[1].deals.map((d) => d.id)).toEqual(['b', 'c']);
    expect(moved[1].deals[0].stageId).toBe('s2');
    expect([moved[1].count, moved[1].amount]).toEqual([2, 50.2]);
    expect(moved[2]).toBe(columns[2]);
  });

  it('puts a refused card back in its place with both totals as they were', () => {
    const columns = columnsOf(board);
    const place = placeOf(columns, 'b')!;
    expect([place.stageId, place.index]).toEqual(['s1', 1]);

    const rolledBack = withMoveRolledBack(withCardMoved(columns, place.deal, 's2'), place);

    expect(rolledBack.map((c) => c.deals.map((d) => d.id))).toEqual([['a', 'b'], ['c'], []]);
    expect(rolledBack.map((c) => [c.count, c.amount])).toEqual([[3, 100.3], [1, 50], [0, 0]]);
    expect(rolledBack[0].deals[1].stageId).toBe('s1');
  });

  it('takes the server copy of a moved card and corrects the total if its amount changed meanwhile', () => {
    const columns = withCardMoved(columnsOf(board), deal('a', 's1', 0.1), 'won');
    const confirmed = withCardConfirmed(columns, { ...deal('a', 'won', 10), status: 'won' });
    expect(confirmed[2].deals[0].status).toBe('won');
    expect([confirmed[2].count, confirmed[2].amount]).toEqual([1, 10]);
  });

  it('appends the next page of a column without repeating a card that moved in meanwhile', () => {
    const columns = withCardMoved(columnsOf(board), deal('c', 's2', 50), 's1');
    const next = withPageAppended(columns, 's1', [deal('c', 's1', 50), deal('d', 's1', 100)]);
    expect(next[0].deals.map((d) => d.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(next[0].count).toBe(4);
  });

  it('adds money in kopecks', () => {
    expect(addMoney(0.1, 0.2)).toBe(0.3);
    expect(addMoney(100.3, -0.2)).toBe(100.1);
  });
});

describe('undo and drops', () => {
  const columns = [
    { stageId: 's1', name: 'Звонок', kind: 'open' as const, deals: [{ id: 'a', amount: 10 } as never], count: 1, amount: 10 },
    { stageId: 'w', name: 'Успешно', kind: 'won' as const, deals: [], count: 0, amount: 0 },
  ];

  it('takes a win or a loss back by reopening and a move by moving back', () => {
    const from = { stageId: 's1', index: 0, deal: columns[0].deals[0] };
    expect(undoStepOf({ from, deal: columns[0].deals[0], toKind: 'won' })).toBe('reopen');
    expect(undoStepOf({ from, deal: columns[0].deals[0], toKind: 'lost' })).toBe('reopen');
    expect(undoStepOf({ from, deal: columns[0].deals[0], toKind: 'open' })).toBe('move');
  });

  it('counts a drop as a move only onto another stage of a card on the board', () => {
    expect(isMove(columns, 'a', 'w')).toBe(true);
    expect(isMove(columns, 'a', 's1')).toBe(false);
    expect(isMove(columns, 'gone', 'w')).toBe(false);
  });

  it('finds the won and lost columns for the card buttons', () => {
    expect(closingColumn(columns, 'won')?.stageId).toBe('w');
    expect(closingColumn(columns, 'lost')).toBeUndefined();
  });
});
