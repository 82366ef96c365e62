import { HttpClient } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { map } from 'rxjs';
import { ApiConfiguration } from '../api/api-configuration';
import { getMyTaskCounts } from '../api/fn/tasks/get-my-task-counts';
import { MyTaskCounts } from './tasks-models';

/** How often the navigation asks for the counts when nothing else (a page change, a live push) made it ask. */
export const TASK_COUNTS_EVERY_MS = 60_000;

/** A page change right after another ask (the first navigation, a redirect) does not ask again. */
const QUIET_MS = 1000;

/**
 * The signed-in user's task counts for the navigation: overdue and due today. Anything that knows the counts moved
 * (a live notification, a page that completed a task) calls `refresh()`. It lives in the initial bundle with the
 * shell, so it calls the generated function alone rather than the whole generated TasksService.
 */
@Injectable({ providedIn: 'root' })
export class TasksCountService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly rootUrl = inject(ApiConfiguration).rootUrl;
  private lastAsked = 0;

  readonly counts = signal<MyTaskCounts | null>(null);
  /** What the "Tasks" entry shows: what needs doing today, the overdue included. */
  readonly urgent = computed(() => (this.counts()?.overdue ?? 0) + (this.counts()?.today ?? 0));

  refresh(): void {
    this.lastAsked = Date.now();
    const counts = getMyTaskCounts(this.http, this.rootUrl).pipe(map((r) => r.body));
    counts.subscribe({
      next: (c) => this.counts.set({ overdue: Number(c.overdue), today: Number(c.today), open: Number(c.open) }),
      // The counts are a hint; a failed ask keeps the last ones until the next.
      error: () => undefined,
    });
  }

  /** Keeps the counts current while the caller lives: now, on every page change, and every minute. */
  follow(destroyRef: DestroyRef): void {
    this.refresh();
    const timer = setInterval(() => this.refresh(), TASK_COUNTS_EVERY_MS);
    const navigations = this.router.events.subscribe((e) => {
      if (e instanceof NavigationEnd && Date.now() - this.lastAsked > QUIET_MS) this.refresh();
    });
    destroyRef.onDestroy(() => {
      clearInterval(timer);
      navigations.unsubscribe();
    });
  }
}
