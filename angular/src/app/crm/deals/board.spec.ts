import { DealDto, PipelineDto } from '../../api/models';
import { buildBoard, withDealMoved } from './board';

const pipeline = {
  id: 'p1',
  name: 'Продажи',
  isDefault: true,
  stages: [
    { id: 's2', name: 'Замер', order: 1, probability: 30, kind: 'open' },
    { id: 's1', name: 'Первый звонок', order: 0, probability: 10, kind: 'open' },
    { id: 'won', name: 'Успешно', order: 2, probability: 100, kind: 'won' },
    { id: 'lost', name: 'Отказ', order: 3, probability: 0, kind: 'lost' },
  ],
} as unknown as PipelineDto;

const deal = (id: string, stageId: string, amount: number, status = 'open') =>
  ({ id, title: `Сделка ${id}`, stageId, amount, currency: 'RUB', status }) as unknown as DealDto;

describe('buildBoard', () => {
  it('shows the open stages in their order with the count and total of their open deals', () => {
    const board = buildBoard(pipeline, [deal('a', 's1', 1000), deal('b', 's1', 250.5), deal('c', 's2', 300)]);

    expect(board.map((c) => c.stage.name)).toEqual(['Первый звонок', 'Замер']);
    expect(board.map((c) => [c.count, c.total])).toEqual([
      [2, 1250.5],
      [1, 300],
    ]);
  });

  it('leaves won and lost deals off the board', () => {
    const board = buildBoard(pipeline, [deal('a', 's1', 1000, 'won'), deal('b', 's1', 5)]);
    expect(board[0].deals.map((d) => d.id)).toEqual(['b']);
    expect(board[0].total).toBe(5);
  });

  it('moves a deal between columns so both totals change', () => {
    const deals = withDealMoved([deal('a', 's1', 1000), deal('b', 's2', 300)], 'a', 's2');
    const board = buildBoard(pipeline, deals);
    expect(board.map((c) => c.total)).toEqual([0, 1300]);
  });
});
