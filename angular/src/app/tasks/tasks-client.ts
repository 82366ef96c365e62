import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { Page } from '../shared/list/paged-list';
import {
  Person,
  ProjectDto,
  ProjectInput,
  TaskRule,
  TaskRuleInput,
} from './tasks-models';

/**
 * Tasks' routes still called by hand: people (the generated getTaskPeople has no maxResultCount), rules and projects,
 * whose generated shapes differ from the pages' (tasks-models.ts); same-origin like the generated one.
 */
@Injectable({ providedIn: 'root' })
export class TasksClient {
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl + '/api/tasks';

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
