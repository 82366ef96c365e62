import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormsModule } from '@angular/forms';
import { settle, translocoTesting } from '../../../testing/testing-providers';
import { RecurrenceEditorComponent } from './recurrence-editor.component';

@Component({
  imports: [FormsModule, RecurrenceEditorComponent],
  template: `<app-recurrence-editor [(ngModel)]="rule" name="rule" />`,
})
class HostComponent {
  rule: string | null = null;
}

describe('RecurrenceEditorComponent', () => {
  async function render(rule: string | null) {
    await TestBed.configureTestingModule({
      imports: [HostComponent, translocoTesting()],
    }).compileComponents();
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.rule = rule;
    fixture.detectChanges();
    await settle(fixture);
    fixture.detectChanges();
    return fixture;
  }

  it('adds a weekday to a weekly rule and keeps its COUNT', async () => {
    const fixture = await render('FREQ=WEEKLY;BYDAY=MO;COUNT=5');
    const el: HTMLElement = fixture.nativeElement;
    const thursday = el.querySelector('[data-testid="recurrence-day-TH"] button') as HTMLButtonElement;
    expect(thursday).toBeTruthy();

    thursday.click();
    fixture.detectChanges();

    expect(fixture.componentInstance.rule).toBe('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5');
  }, 20_000);

  it('sets a monthly rule on the last day', async () => {
    const fixture = await render('FREQ=MONTHLY;BYMONTHDAY=15');
    const el: HTMLElement = fixture.nativeElement;
    expect((el.querySelector('[data-testid="recurrence-month-day"]') as HTMLInputElement).value).toBe('15');

    (el.querySelector('[data-testid="recurrence-last-day"] input') as HTMLInputElement).click();
    fixture.detectChanges();

    expect(fixture.componentInstance.rule).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    expect(el.querySelector('[data-testid="recurrence-month-day"]')).toBeNull();
  }, 20_000);
});
