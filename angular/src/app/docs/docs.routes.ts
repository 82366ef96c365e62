import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

const P = Permissions.Docs;

export const DOCS_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'documents' },
  {
    path: 'documents',
    canMatch: [permissionGuard(P.Documents)],
    loadComponent: () => import('./documents/document-register.page').then((m) => m.DocumentRegisterPage),
  },
  {
    path: 'templates',
    canMatch: [permissionGuard(P.Templates)],
    loadComponent: () => import('./templates/template-list.page').then((m) => m.TemplateListPage),
  },
  {
    path: 'templates/new',
    canMatch: [permissionGuard(P.Templates)],
    loadComponent: () => import('./templates/template-editor.page').then((m) => m.TemplateEditorPage),
  },
  {
    path: 'templates/:id',
    canMatch: [permissionGuard(P.Templates)],
    loadComponent: () => import('./templates/template-editor.page').then((m) => m.TemplateEditorPage),
  },
];
