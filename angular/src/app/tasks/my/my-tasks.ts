import { MyTasks, MyTasksGroup, MyTasksGroupKey } from '../tasks-models';

/** The order the groups read in, most pressing first. */
export const GROUP_ORDER: readonly MyTasksGroupKey[] = ['overdue', 'today', 'tomorrow', 'thisWeek', 'later', 'noDate'];

/** The server's groups in reading order, the empty ones left out (whatever order or subset it sent). */
export function groupsToShow(answer: MyTasks | null): MyTasksGroup[] {
  const byKey = new Map((answer?.groups ?? []).map((g) => [g.key, g]));
  return GROUP_ORDER.map((key) => byKey.get(key)).filter((g): g is MyTasksGroup => !!g && (g.count > 0 || g.items.length > 0));
}

/** Today's and tomorrow's tasks show only their time: the group's heading says the day. */
export function showsTimeOnly(key: MyTasksGroupKey): boolean {
  return key === 'today' || key === 'tomorrow';
}
