import { TaskDto } from './tasks-models';

/** A task as the server sends it, with what a spec cares about overridden. */
export function aTask(overrides: Partial<TaskDto> = {}): TaskDto {
  return {
    id: 't1',
    title: 'Позвонить клиенту',
    description: null,
    status: 'open',
    priority: 'normal',
    assigneeId: '6a1c8b0e-0000-4000-8000-000000000001',
    assigneeName: 'Администратор',
    createdBy: null,
    createdByName: null,
    coworkers: [],
    observers: [],
    dueAt: null,
    originalDueAt: null,
    isOverdue: false,
    entityType: null,
    entityId: null,
    entityTitle: null,
    projectId: null,
    projectName: null,
    checklist: [],
    recurrence: null,
    result: null,
    completedAt: null,
    createdAt: '2026-12-01T09:00:00Z',
    ruleId: null,
    concurrencyStamp: 'stamp-1',
    ...overrides,
  };
}
