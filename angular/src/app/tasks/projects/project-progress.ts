import { ProjectDto as ProjectAnswer } from '../../api/models';
import { ProjectDto, TaskDto, TaskStatus } from '../tasks-models';

/** Done of all, 0..1; a project without tasks is at 0. */
export function progressShare(project: Pick<ProjectDto, 'progress'>): number {
  const { done, total } = project.progress;
  return total > 0 ? Math.min(1, done / total) : 0;
}

/** The kanban's columns; cancelled tasks are left off the board. */
export const BOARD_COLUMNS: readonly TaskStatus[] = ['open', 'inProgress', 'done'];

/** A project's tasks by the column they stand in. */
export function byStatus(tasks: readonly TaskDto[]): Record<TaskStatus, TaskDto[]> {
  const columns: Record<TaskStatus, TaskDto[]> = { open: [], inProgress: [], done: [], cancelled: [] };
  for (const t of tasks) columns[t.status as TaskStatus]?.push(t);
  return columns;
}

/** What moving a task from one column to another means: start, complete or reopen (then start, for "in progress"); none when the move has no meaning. */
export function movesFor(from: TaskStatus, to: TaskStatus): ('start' | 'complete' | 'reopen')[] {
  if (from === to) return [];
  if (to === 'done') return ['complete'];
  if (to === 'inProgress') return from === 'done' ? ['reopen', 'start'] : ['start'];
  // Back to "open": a done task is reopened; a started one has no way back to "not started", so it stays.
  return from === 'done' || from === 'cancelled' ? ['reopen'] : [];
}

/** The generated project as the pages read it: progress as numbers (int64 arrives as number | string), every member named. */
export function projectOf(p: ProjectAnswer): ProjectDto {
  const { done, total, overdue } = p.progress;
  return {
    ...p,
    members: p.members.map((m) => ({ id: m.id, name: m.name ?? '' })),
    progress: { done: Number(done), total: Number(total), overdue: Number(overdue) },
  };
}
