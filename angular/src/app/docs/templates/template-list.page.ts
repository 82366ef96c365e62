import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, pagedList } from '../../shared/list/paged-list';
import { DocsClient } from '../docs-client';
import { TEMPLATE_KINDS, TemplateListItem } from '../docs-models';
import { AutomationsPanel } from './automations-panel';

const FILTERS = { kind: '' };

/** The document templates: built-in forms, text templates and uploaded Word files (a row opens its editor), and the rules that make documents on deal stages. */
@Component({
  selector: 'app-template-list-page',
  imports: [RouterLink, MatTableModule, MatFormFieldModule, MatSelectModule, MatButtonModule, TranslocoPipe, DayTimePipe, ListToolbar, ListTable, AutomationsPanel],
  styleUrl: '../docs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-list-toolbar [list]="list" views="docs.templates" heading="docs.templates.title" testid="templates" searchLabel="docs.templates.search">
      <ng-container listActions>
        <a mat-flat-button routerLink="/docs/templates/new" data-testid="templates-new">{{ 'docs.templates.new' | transloco }}</a>
        <a mat-stroked-button routerLink="/docs/templates/new" [queryParams]="{ format: 'docx' }" data-testid="templates-upload-docx">
          {{ 'docs.templates.uploadDocx' | transloco }}
        </a>
      </ng-container>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'docs.templates.kind' | transloco }}</mat-label>
        <mat-select [value]="list.filters().kind" (selectionChange)="list.setFilters({ kind: $event.value })" data-testid="templates-kind">
          <mat-option value="">{{ 'docs.register.all' | transloco }}</mat-option>
          @for (k of kinds; track k) {
            <mat-option [value]="k">{{ 'docs.kinds.' + k | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </app-list-toolbar>

    <app-list-table [list]="list" [columns]="columns" testid="templates" (open)="open($event)">
      <ng-container matColumnDef="name">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.templates.columns.name' | transloco }}</th>
        <td mat-cell *matCellDef="let t" data-testid="templates-row-name">{{ t.name }}</td>
      </ng-container>
      <ng-container matColumnDef="kind">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.templates.columns.kind' | transloco }}</th>
        <td mat-cell *matCellDef="let t">{{ 'docs.kinds.' + t.kind | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="format">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.templates.columns.format' | transloco }}</th>
        <td mat-cell *matCellDef="let t">{{ 'docs.formats.' + t.format | transloco }}</td>
      </ng-container>
      <ng-container matColumnDef="builtIn">
        <th mat-header-cell *matHeaderCellDef></th>
        <td mat-cell *matCellDef="let t" class="muted" data-testid="templates-row-built-in">{{ t.isBuiltIn ? ('docs.templates.builtIn' | transloco) : '' }}</td>
      </ng-container>
      <ng-container matColumnDef="updated">
        <th mat-header-cell *matHeaderCellDef>{{ 'docs.templates.columns.updated' | transloco }}</th>
        <td mat-cell *matCellDef="let t" class="nowrap">{{ t.updatedAt | dayTime }}</td>
      </ng-container>
    </app-list-table>

    <app-automations-panel />
  `,
})
export class TemplateListPage {
  private readonly docs = inject(DocsClient);
  private readonly router = inject(Router);

  protected readonly kinds = TEMPLATE_KINDS;
  protected readonly columns = ['name', 'kind', 'format', 'builtIn', 'updated'];
  protected readonly list = pagedList<TemplateListItem, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) => this.docs.templates({ ...request, ...chosen(filters) }),
  });

  protected open(template: TemplateListItem): void {
    void this.router.navigate(['/docs/templates', template.id]);
  }
}
