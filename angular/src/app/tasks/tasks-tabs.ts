import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { Permissions } from '../core/auth/permissions';

interface Tab {
  readonly path: string;
  readonly label: string;
  readonly testId: string;
  readonly permission: string;
  readonly exact: boolean;
}

const TABS: readonly Tab[] = [
  { path: '/tasks', label: 'tasks.tabs.my', testId: 'tasks-tab-my', permission: Permissions.Tasks.Tasks, exact: true },
  { path: '/tasks/list', label: 'tasks.tabs.list', testId: 'tasks-tab-list', permission: Permissions.Tasks.Tasks, exact: false },
  { path: '/tasks/calendar', label: 'tasks.tabs.calendar', testId: 'tasks-tab-calendar', permission: Permissions.Tasks.Tasks, exact: false },
  { path: '/tasks/projects', label: 'tasks.tabs.projects', testId: 'tasks-tab-projects', permission: Permissions.Tasks.Tasks, exact: false },
  { path: '/tasks/reports', label: 'tasks.tabs.reports', testId: 'tasks-tab-reports', permission: Permissions.Tasks.Reports, exact: false },
  { path: '/tasks/rules', label: 'tasks.tabs.rules', testId: 'tasks-tab-rules', permission: Permissions.Tasks.Rules, exact: false },
];

/** The Tasks screens side by side, so each is one click from the others. */
@Component({
  selector: 'app-tasks-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" class="tasks-tabs">
      @for (tab of tabs(); track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #rla="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: tab.exact }"
          [active]="rla.isActive"
          [attr.data-testid]="tab.testId"
        >{{ tab.label | transloco }}</a>
      }
    </nav>
    <mat-tab-nav-panel #panel />
  `,
  styles: `.tasks-tabs { margin-bottom: 16px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TasksTabs {
  private readonly auth = inject(AuthService);
  protected readonly tabs = computed(() => {
    this.auth.me();
    return TABS.filter((t) => this.auth.hasPermission(t.permission));
  });
}
