import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { Observable, of } from 'rxjs';
import { configureTestBed, settle } from '../../../testing/testing-providers';
import { Picker, PICKER_DEBOUNCE_MS, PickerItem } from './picker';

const companies: PickerItem[] = [
  { id: 'c1', name: 'ООО Окна', hint: '7701' },
  { id: 'c2', name: 'ООО Двери', hint: '7702' },
  { id: 'c3', name: 'АО Окна и двери' },
];

@Component({
  imports: [ReactiveFormsModule, Picker],
  template: `<app-picker label="Компания" testId="company" [formControl]="control" [search]="search" [lookup]="lookup" (picked)="picked = $event" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly control = new FormControl('', { nonNullable: true });
  readonly searches: string[] = [];
  readonly lookups: string[] = [];
  picked: PickerItem | null | undefined;
  readonly search = (text: string): Observable<PickerItem[]> => {
    this.searches.push(text);
    return of(companies.filter((c) => c.name.toLowerCase().includes(text.toLowerCase())));
  };
  readonly lookup = (id: string): Observable<PickerItem | null> => {
    this.lookups.push(id);
    return of(companies.find((c) => c.id === id) ?? null);
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function key(input: HTMLInputElement, name: string, keyCode: number): void {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'keyCode', { get: () => keyCode });
  input.dispatchEvent(event);
}

describe('Picker', () => {
  beforeEach(() => configureTestBed());

  async function render(value = '') {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.control.setValue(value);
    await settle(fixture);
    const input = fixture.nativeElement.querySelector('[data-testid="company"]') as HTMLInputElement;
    return { fixture, host: fixture.componentInstance, input };
  }

  async function typeInto(fixture: Awaited<ReturnType<typeof render>>['fixture'], input: HTMLInputElement, text: string) {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await wait(PICKER_DEBOUNCE_MS + 50);
    await settle(fixture);
  }

  const options = () => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="company-option"]'));

  it('searches once after typing pauses and lists the names found', async () => {
    const { fixture, host, input } = await render();
    input.focus();
    for (const text of ['о', 'ок', 'окн']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await wait(PICKER_DEBOUNCE_MS + 50);
    await settle(fixture);

    expect(host.searches.filter((s) => s !== '')).toEqual(['окн']);
    expect(options().map((o) => o.textContent?.trim())).toEqual(['ООО Окна · 7701', 'АО Окна и двери']);
  });

  it('picks with the arrow keys and Enter, giving the form the id and showing the name', async () => {
    const { fixture, host, input } = await render();
    await typeInto(fixture, input, 'окна');
    expect(options().length).toBe(2);

    key(input, 'ArrowDown', 40);
    await settle(fixture);
    key(input, 'Enter', 13);
    await settle(fixture);

    expect(host.control.value).toBe('c3');
    expect(host.picked?.name).toBe('АО Окна и двери');
    expect(input.value).toBe('АО Окна и двери');
  });

  it('typing over a picked name unpicks it, and clear empties the value', async () => {
    const { fixture, host, input } = await render();
    await typeInto(fixture, input, 'двери');
    key(input, 'Enter', 13);
    await settle(fixture);
    expect(host.control.value).toBe('c2');

    await typeInto(fixture, input, 'ООО Дв');
    expect(host.control.value).toBe('');
    expect(host.picked).toBeNull();

    await typeInto(fixture, input, 'двери');
    key(input, 'Enter', 13);
    await settle(fixture);
    expect(host.control.value).toBe('c2');
    (fixture.nativeElement.querySelector('[data-testid="company-clear"]') as HTMLButtonElement).click();
    await settle(fixture);
    expect(host.control.value).toBe('');
    expect(input.value).toBe('');
  });

  it('shows the name of the value an existing record already has', async () => {
    const { host, input } = await render('c2');
    expect(host.lookups).toEqual(['c2']);
    expect(input.value).toBe('ООО Двери');
    expect(host.control.value).toBe('c2');
  });

  it('Esc closes the list without picking', async () => {
    const { fixture, host, input } = await render();
    await typeInto(fixture, input, 'окна');
    expect(options().length).toBe(2);
    key(input, 'Escape', 27);
    await settle(fixture);
    expect(options().length).toBe(0);
    expect(host.control.value).toBe('');
  });
});
