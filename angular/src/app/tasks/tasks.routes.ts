import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

const P = Permissions.Tasks;

export const TASKS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadComponent: () => import('./my/my-tasks.page').then((m) => m.MyTasksPage),
  },
  {
    path: 'list',
    loadComponent: () => import('./list/task-list.page').then((m) => m.TaskListPage),
  },
  {
    path: 'calendar',
    loadComponent: () => import('./calendar/task-calendar.page').then((m) => m.TaskCalendarPage),
  },
  {
    path: 'rules',
    canMatch: [permissionGuard(P.Rules)],
    loadComponent: () => import('./rules/rule-list.page').then((m) => m.RuleListPage),
  },
  {
    path: 'rules/new',
    canMatch: [permissionGuard(P.Rules)],
    loadComponent: () => import('./rules/rule-form.page').then((m) => m.RuleFormPage),
  },
  {
    path: 'rules/:id',
    canMatch: [permissionGuard(P.Rules)],
    loadComponent: () => import('./rules/rule-form.page').then((m) => m.RuleFormPage),
  },
  {
    path: 'projects',
    loadComponent: () => import('./projects/project-list.page').then((m) => m.ProjectListPage),
  },
  {
    path: 'projects/new',
    canMatch: [permissionGuard(P.Projects)],
    loadComponent: () => import('./projects/project.page').then((m) => m.ProjectPage),
  },
  {
    path: 'projects/:id',
    loadComponent: () => import('./projects/project.page').then((m) => m.ProjectPage),
  },
  {
    path: 'reports',
    canMatch: [permissionGuard(P.Reports)],
    loadComponent: () => import('./reports/task-reports.page').then((m) => m.TaskReportsPage),
  },
  {
    path: 'new',
    loadComponent: () => import('./task/task-form.page').then((m) => m.TaskFormPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./task/task-form.page').then((m) => m.TaskFormPage),
  },
];
