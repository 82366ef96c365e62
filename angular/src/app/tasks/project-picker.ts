import { ChangeDetectionStrategy, Component, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR } from '@angular/forms';
import { map } from 'rxjs';
import { Picker, PICKER_IMPORTS, PICKER_PAGE, PICKER_STYLES, PICKER_TEMPLATE, PickerItem, PickerLookup, PickerSearch } from '../shared/pickers/picker';
import { TasksService } from '../api/services';
import { projectOf } from './projects/project-progress';
import { ProjectDto } from './tasks-models';

const projectItem = (p: ProjectDto): PickerItem<ProjectDto> => ({ id: p.id, name: p.name, data: p });

/** Projects the user may see, by name. */
@Component({
  selector: 'app-project-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => ProjectPicker), multi: true }],
})
export class ProjectPicker extends Picker<ProjectDto> {
  private readonly client = inject(TasksService);
  protected override defaultSearch: PickerSearch<ProjectDto> = (filter) =>
    this.client.getProjects({ filter: filter || undefined, maxResultCount: PICKER_PAGE }).pipe(map((page) => page.items.map((p) => projectItem(projectOf(p)))));
  protected override defaultLookup: PickerLookup<ProjectDto> = (id) => this.client.getProject({ id }).pipe(map((p) => projectItem(projectOf(p))));
}
