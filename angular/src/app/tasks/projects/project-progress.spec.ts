import { movesFor, progressShare } from './project-progress';

describe('project kanban moves', () => {
  it('starts, completes or reopens a task by the column it is dropped in', () => {
    expect(movesFor('open', 'inProgress')).toEqual(['start']);
    expect(movesFor('open', 'done')).toEqual(['complete']);
    expect(movesFor('inProgress', 'done')).toEqual(['complete']);
    expect(movesFor('done', 'open')).toEqual(['reopen']);
    expect(movesFor('done', 'inProgress')).toEqual(['reopen', 'start']);
    expect(movesFor('open', 'open')).toEqual([]);
    expect(movesFor('inProgress', 'open')).toEqual([]);
  });

  it('measures progress as done of all, a project without tasks at zero', () => {
    expect(progressShare({ progress: { done: 3, total: 4, overdue: 0 } })).toBe(0.75);
    expect(progressShare({ progress: { done: 0, total: 0, overdue: 0 } })).toBe(0);
  });
});
