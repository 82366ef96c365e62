import { DealDto } from '../../api/models';
import { nextStepOf } from './next-task';

function deal(partial: Partial<DealDto> & { nextTask?: unknown }): DealDto {
  return { id: 'd', title: 'Окна', status: 'open', ...partial } as DealDto;
}

describe('next step on a deal card', () => {
  it('shows the next task of an open deal', () => {
    const task = { id: 't', title: 'Позвонить', dueAt: '2026-12-04T07:00:00Z', isOverdue: true };
    expect(nextStepOf(deal({ nextTask: task }))).toEqual({ kind: 'task', task });
  });

  it('flags an open deal without a next step, but not a closed one', () => {
    expect(nextStepOf(deal({ nextTask: null }))).toEqual({ kind: 'none' });
    expect(nextStepOf(deal({ status: 'won', nextTask: null }))).toEqual({ kind: 'closed' });
  });
});
