import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { Page } from '../shared/list/paged-list';
import {
  EmployeeReport,
  MyTaskCounts,
  MyTasks,
  Person,
  ProjectDto,
  ProjectInput,
  ReportBucket,
  TaskComment,
  TaskDto,
  TaskHistoryItem,
  TaskInput,
  TaskQuery,
  TaskRule,
  TaskRuleInput,
} from './tasks-models';

/** Tasks' routes the generated client does not have yet (see tasks-models.ts); same-origin like the generated one. */
@Injectable({ providedIn: 'root' })
export class TasksClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/tasks';

  tasks(query: TaskQuery): Observable<Page<TaskDto>> {
    return this.http.get<Page<TaskDto>>(this.root, { params: paramsOf({ ...query }) });
  }

  task(id: string): Observable<TaskDto> {
    return this.http.get<TaskDto>(`${this.root}/${id}`);
  }

  create(body: TaskInput): Observable<TaskDto> {
    return this.http.post<TaskDto>(this.root, body);
  }

  update(id: string, body: TaskInput): Observable<TaskDto> {
    return this.http.put<TaskDto>(`${this.root}/${id}`, body);
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/${id}`);
  }

  complete(id: string, result: string | null): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/complete`, { result });
  }

  reopen(id: string): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/reopen`, {});
  }

  start(id: string): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/start`, {});
  }

  cancel(id: string): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/cancel`, {});
  }

  postpone(id: string, dueAt: string): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/postpone`, { dueAt });
  }

  reassign(id: string, assigneeId: string): Observable<TaskDto> {
    return this.http.post<TaskDto>(`${this.root}/${id}/reassign`, { assigneeId });
  }

  comments(id: string): Observable<Page<TaskComment> | TaskComment[]> {
    return this.http.get<Page<TaskComment> | TaskComment[]>(`${this.root}/${id}/comments`);
  }

  addComment(id: string, text: string): Observable<TaskComment> {
    return this.http.post<TaskComment>(`${this.root}/${id}/comments`, { text });
  }

  /** The server answers one entry per save with its changed fields; the card shows one line per field. */
  history(id: string): Observable<{ items: TaskHistoryItem[] }> {
    return this.http.get<{ items: TaskChangeEntry[] }>(`${this.root}/${id}/history`).pipe(
      map(({ items }) => ({
        items: items.flatMap((entry) =>
          (entry.changes ?? []).map((change) => ({
            at: entry.changedAt,
            userName: entry.userName,
            field: change.field,
            oldValue: change.oldValue,
            newValue: change.newValue,
          })),
        ),
      })),
    );
  }

  my(): Observable<MyTasks> {
    return this.http.get<MyTasks>(`${this.root}/my`);
  }

  myCounts(): Observable<MyTaskCounts> {
    return this.http.get<MyTaskCounts>(`${this.root}/my/counts`);
  }

  /** The people a task may be given to, by name. */
  people(filter: string, maxResultCount = 20): Observable<Page<Person>> {
    return this.http.get<Page<Person>>(`${this.root}/people`, { params: paramsOf({ filter, maxResultCount }) });
  }

  rules(): Observable<Page<TaskRule>> {
    return this.http.get<Page<TaskRule>>(`${this.root}/rules`, { params: paramsOf({ maxResultCount: 1000 }) });
  }

  rule(id: string): Observable<TaskRule> {
    return this.http.get<TaskRule>(`${this.root}/rules/${id}`);
  }

  createRule(body: TaskRuleInput): Observable<TaskRule> {
    return this.http.post<TaskRule>(`${this.root}/rules`, body);
  }

  updateRule(id: string, body: TaskRuleInput): Observable<TaskRule> {
    return this.http.put<TaskRule>(`${this.root}/rules/${id}`, body);
  }

  deleteRule(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/rules/${id}`);
  }

  projects(query: { filter?: string; skipCount?: number; maxResultCount?: number; sorting?: string } = {}): Observable<Page<ProjectDto>> {
    return this.http.get<Page<ProjectDto>>(`${this.root}/projects`, { params: paramsOf({ ...query }) });
  }

  project(id: string): Observable<ProjectDto> {
    return this.http.get<ProjectDto>(`${this.root}/projects/${id}`);
  }

  createProject(body: ProjectInput): Observable<ProjectDto> {
    return this.http.post<ProjectDto>(`${this.root}/projects`, body);
  }

  updateProject(id: string, body: ProjectInput): Observable<ProjectDto> {
    return this.http.put<ProjectDto>(`${this.root}/projects/${id}`, body);
  }

  deleteProject(id: string): Observable<void> {
    return this.http.delete<void>(`${this.root}/projects/${id}`);
  }

  byEmployee(from: string, to: string): Observable<EmployeeReport> {
    return this.http.get<EmployeeReport>(`${this.root}/reports/by-employee`, { params: paramsOf({ from, to }) });
  }

  byEmployeeTasks(userId: string, from: string, to: string, bucket: ReportBucket): Observable<Page<TaskDto>> {
    return this.http.get<Page<TaskDto>>(`${this.root}/reports/by-employee/${userId}/tasks`, { params: paramsOf({ from, to, bucket }) });
  }
}

/** A list answer as items, whether the server pages it or not. */
export function itemsOf<T>(answer: Page<T> | T[]): T[] {
  return Array.isArray(answer) ? answer : answer.items;
}

function paramsOf(query: Record<string, string | number | boolean | undefined | null>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** One audited save of a task as the server sends it. */
interface TaskChangeEntry {
  readonly changedAt: string;
  readonly kind: string;
  readonly userName: string | null;
  readonly changes: readonly { field: string; oldValue: string | null; newValue: string | null }[] | null;
}
