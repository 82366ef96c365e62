import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { allByTestId, byTestId, configureTestBed, http, settle } from '../../testing/testing-providers';
import { SearchResultDto as SearchResult } from '../api/models';
import { SEARCH_TYPING_PAUSE_MS } from './search-as-you-type';
import { SearchDialog } from './search-dialog';

const answer: SearchResult = {
  groups: [
    { kind: 'company', items: [{ kind: 'company', id: 'c1', title: 'ООО «Окна»', subtitle: 'ИНН 7707083893', url: '/crm/companies/c1' }] },
    { kind: 'deal', items: [{ kind: 'deal', id: 'd1', title: 'Окна на дачу', subtitle: null, url: '/crm/deals/d1' }] },
  ],
  unavailable: ['task'],
};

describe('SearchDialog', () => {
  const close = vi.fn();

  beforeEach(() => {
    close.mockReset();
    configureTestBed([{ path: '**', children: [] }]);
  });
  afterEach(() => http().verify());

  async function openWith(text: string) {
    TestBed.configureTestingModule({
      providers: [
        { provide: MatDialogRef, useValue: { close } },
        { provide: MAT_DIALOG_DATA, useValue: { text } },
      ],
    });
    const fixture = TestBed.createComponent(SearchDialog);
    await settle(fixture);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_TYPING_PAUSE_MS + 20));
    await settle(fixture);
    return fixture;
  }

  it('asks for what the top bar\'s box had, shows it grouped by kind, says what did not answer, and opens the card picked with the arrows', async () => {
    const fixture = await openWith('окна');
    const request = http().expectOne((r) => r.url === '/api/search');
    expect(request.request.params.get('q')).toBe('окна');
    request.flush(answer);
    await settle(fixture);

    expect(allByTestId(fixture, 'search-group').map((g) => g.textContent?.trim())).toEqual(['Компании', 'Сделки']);
    expect(allByTestId(fixture, 'search-hit').length).toBe(2);
    expect(byTestId(fixture, 'search-unavailable')).not.toBeNull();

    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const press = async (key: string) => {
      byTestId(fixture, 'search-input')!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      await settle(fixture);
    };
    await press('ArrowDown');
    await press('ArrowDown');
    expect(fixture.nativeElement.querySelector('.hit.active')?.textContent).toContain('Окна на дачу');
    await press('Enter');

    expect(close).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/crm/deals/d1');
  });

  it('asks nothing for a single character', async () => {
    const fixture = await openWith('о');

    http().expectNone((r) => r.url === '/api/search');
    expect(allByTestId(fixture, 'search-hit').length).toBe(0);
  });
});
