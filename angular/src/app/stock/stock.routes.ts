import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/guards';
import { Permissions } from '../core/auth/permissions';

const P = Permissions.Stock;

export const STOCK_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'products' },
  {
    path: 'products',
    canMatch: [permissionGuard(P.Products)],
    loadComponent: () => import('./products/product-list.page').then((m) => m.ProductListPage),
  },
  {
    path: 'products/new',
    canMatch: [permissionGuard(P.ProductsManage)],
    loadComponent: () => import('./products/product-form.page').then((m) => m.ProductFormPage),
  },
  {
    path: 'products/:id/edit',
    canMatch: [permissionGuard(P.ProductsManage)],
    loadComponent: () => import('./products/product-form.page').then((m) => m.ProductFormPage),
  },
  {
    path: 'products/:id',
    canMatch: [permissionGuard(P.Products)],
    loadComponent: () => import('./products/product-card.page').then((m) => m.ProductCardPage),
  },
  {
    path: 'warehouses',
    canMatch: [permissionGuard(P.Warehouses)],
    loadComponent: () => import('./warehouses/warehouse-list.page').then((m) => m.WarehouseListPage),
  },
  {
    path: 'warehouses/new',
    canMatch: [permissionGuard(P.WarehousesManage)],
    loadComponent: () => import('./warehouses/warehouse-form.page').then((m) => m.WarehouseFormPage),
  },
  {
    path: 'warehouses/:id',
    canMatch: [permissionGuard(P.Warehouses)],
    loadComponent: () => import('./warehouses/warehouse-form.page').then((m) => m.WarehouseFormPage),
  },
  {
    path: 'settings',
    canMatch: [permissionGuard(P.SettingsManage)],
    loadComponent: () => import('./settings/stock-settings.page').then((m) => m.StockSettingsPage),
  },
  {
    path: 'documents',
    canMatch: [permissionGuard(P.Documents)],
    loadComponent: () => import('./documents/document-list.page').then((m) => m.DocumentListPage),
  },
  {
    path: 'documents/new/:kind',
    canMatch: [permissionGuard(P.DocumentsEdit)],
    loadComponent: () => import('./documents/document-editor.page').then((m) => m.DocumentEditorPage),
  },
  {
    path: 'documents/:id',
    canMatch: [permissionGuard(P.Documents)],
    loadComponent: () => import('./documents/document-editor.page').then((m) => m.DocumentEditorPage),
  },
  {
    path: 'balances',
    canMatch: [permissionGuard(P.Balances)],
    loadComponent: () => import('./balances/balance-list.page').then((m) => m.BalanceListPage),
  },
];
