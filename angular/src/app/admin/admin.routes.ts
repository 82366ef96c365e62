import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

export const ADMIN_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'users' },
  {
    path: 'users',
    loadComponent: () => import('./users/user-list.page').then((m) => m.UserListPage),
  },
  {
    path: 'users/new',
    loadComponent: () => import('./users/user-editor.page').then((m) => m.UserEditorPage),
  },
  {
    path: 'users/:id',
    loadComponent: () => import('./users/user-editor.page').then((m) => m.UserEditorPage),
  },
  {
    path: 'backups',
    canMatch: [permissionGuard(Permissions.Backups.Manage)],
    loadComponent: () => import('./backups/backup-list.page').then((m) => m.BackupListPage),
  },
];
