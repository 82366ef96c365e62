import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    canMatch: [permissionGuard(Permissions.Identity.Users)],
    loadComponent: () => import('./users/user-list.page').then((m) => m.UserListPage),
  },
  {
    path: 'users/new',
    canMatch: [permissionGuard(Permissions.Identity.Users)],
    loadComponent: () => import('./users/user-editor.page').then((m) => m.UserEditorPage),
  },
  {
    path: 'users/:id',
    canMatch: [permissionGuard(Permissions.Identity.Users)],
    loadComponent: () => import('./users/user-editor.page').then((m) => m.UserEditorPage),
  },
  {
    path: 'system',
    canMatch: [permissionGuard(Permissions.Operations.System)],
    loadComponent: () => import('./system/system.page').then((m) => m.SystemPage),
  },
  {
    path: 'audit',
    canMatch: [permissionGuard(Permissions.Operations.Audit)],
    loadComponent: () => import('./system/audit-log.page').then((m) => m.AuditLogPage),
  },
  {
    path: 'backups',
    canMatch: [permissionGuard(Permissions.Backups.Manage)],
    loadComponent: () => import('./backups/backup-list.page').then((m) => m.BackupListPage),
  },
];
