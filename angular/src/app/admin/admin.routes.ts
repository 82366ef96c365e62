import { Routes } from '@angular/router';

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
];
