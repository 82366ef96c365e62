import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DealBoardDto, DealDto } from '../../api/models';
import { allByTestId, configureTestBed, http, settle } from '../../../testing/testing-providers';
import { DealBoardPage } from './deal-board.page';

function deal(id: string, stageId: string, amount: number): DealDto {
  return {
    id, title: `Сделка ${id}`, companyId: 'c1', contactId: null, pipelineId: 'p1', stageId, amount, currency: 'RUB',
    expectedCloseDate: null, ownerId: 'u1', sourceId: null, status: 'open', lossReasonId: null, lossComment: null,
    lines: [], createdAt: '2026-11-01T00:00:00Z', modifiedAt: null, closedAt: null,
    stageEnteredAt: '2026-11-01T00:00:00Z', concurrencyStamp: 'x',
  };
}

const board: DealBoardDto = {
  pipelineId: 'p1',
  sorting: 'createdAt desc, id',
  columns: [
    { stageId: 's1', name: 'Звонок', kind: 'open', order: 0, probability: 10, count: 60, amount: 1500, deals: [deal('a', 's1', 1000)] },
    { stageId: 's2', name: 'Замер', kind: 'open', order: 1, probability: 30, count: 1, amount: 200, deals: [deal('b', 's2', 200)] },
  ],
};

const withClosed: DealBoardDto = {
  ...board,
  columns: [
    ...board.columns,
    { stageId: 'w', name: 'Успешно', kind: 'won', order: 2, probability: 100, count: 0, amount: 0, deals: [] },
    { stageId: 'l', name: 'Отказ', kind: 'lost', order: 3, probability: 0, count: 0, amount: 0, deals: [] },
  ],
};

describe('DealBoardPage', () => {
  beforeEach(() => configureTestBed([{ path: '**', children: [] }]));
  afterEach(() => http().verify());

  async function render(shown: DealBoardDto = board) {
    const fixture = TestBed.createComponent(DealBoardPage);
    await fixture.whenStable();
    http().expectOne((r) => r.url === '/api/crm/pipelines').flush({
      totalCount: 1,
      items: [{ id: 'p1', name: 'Продажи', isDefault: true, concurrencyStamp: 'x', stages: [] }],
    });
    http().expectOne((r) => r.url === '/api/crm/sources').flush({ totalCount: 0, items: [] });
    await settle(fixture);
    const request = http().expectOne((r) => r.url === '/api/crm/deals/board');
    expect(request.request.params.get('pipelineId')).toBe('p1');
    expect(request.request.params.get('take')).toBe('50');
    request.flush(shown);
    await settle(fixture);
    const page = fixture.componentInstance as unknown as {
      drop(event: unknown): Promise<void>;
      loadMore(column: unknown): Promise<void>;
      columns(): { stageId: string }[];
    };
    const figures = () => ({
      counts: allByTestId(fixture, 'column-count').map((e) => e.textContent?.trim()),
      totals: allByTestId(fixture, 'column-total').map((e) => e.textContent?.trim().replace(/\s/g, '')),
    });
    return { fixture, page, figures };
  }

  const dropEvent = (page: { columns(): { stageId: string }[] }, dealId: string, stageId: string) => ({
    item: { data: board.columns.flatMap((c) => c.deals).find((d) => d.id === dealId) },
    container: { data: page.columns().find((c) => c.stageId === stageId) },
    currentIndex: 0,
  });

  it('shows the server counts and totals of every column', async () => {
    const { figures } = await render();
    expect(figures()).toEqual({ counts: ['60', '1'], totals: ['1500,00₽', '200,00₽'] });
  });

  it('moves both totals at once and puts them back with the server message when the move is refused', async () => {
    const { fixture, page, figures } = await render();

    const dropped = page.drop(dropEvent(page, 'a', 's2'));
    await settle(fixture);
    expect(figures()).toEqual({ counts: ['59', '2'], totals: ['500,00₽', '1200,00₽'] });

    const move = http().expectOne((r) => r.url === '/api/crm/deals/a/move');
    expect(move.request.body).toEqual({ stageId: 's2' });
    move.flush(
      { status: 409, code: 'Crm.Deal.Closed', detail: 'Сделка закрыта. Сначала откройте её заново.' },
      { status: 409, statusText: 'Conflict' },
    );
    await dropped;
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['60', '1'], totals: ['1500,00₽', '200,00₽'] });
    expect(document.body.textContent).toContain('Сделка закрыта. Сначала откройте её заново.');
  });

  it('keeps the move when the server accepts it', async () => {
    const { fixture, page, figures } = await render();

    const dropped = page.drop(dropEvent(page, 'b', 's1'));
    http().expectOne((r) => r.url === '/api/crm/deals/b/move').flush({ ...deal('b', 's1', 200) });
    await dropped;
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['61', '0'], totals: ['1700,00₽', '0,00₽'] });
  });

  it('loads the next cards of a column from the deals list with the board sorting', async () => {
    const { fixture, page } = await render();

    const loading = page.loadMore(page.columns()[0]);
    const next = http().expectOne((r) => r.url === '/api/crm/deals');
    const params = Object.fromEntries(next.request.params.keys().map((k) => [k, next.request.params.get(k)]));
    expect(params).toEqual({
      pipelineId: 'p1', stageId: 's1', sorting: 'createdAt desc, id', skipCount: '1', maxResultCount: '50',
    });
    next.flush({ totalCount: 60, items: [deal('c', 's1', 5)] });
    await loading;
    await settle(fixture);

    expect(allByTestId(fixture, 'deal-card').map((e) => e.textContent)).toEqual([
      expect.stringContaining('Сделка a'), expect.stringContaining('Сделка c'), expect.stringContaining('Сделка b'),
    ]);
  });

  it('changes nothing when a card is let go outside every column', async () => {
    const { fixture, page, figures } = await render(withClosed);

    // The CDK reports a drop outside any list as a drop back into the card's own column.
    await page.drop(dropEvent(page, 'a', 's1'));
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['60', '1', '0', '0'], totals: ['1500,00₽', '200,00₽', '0,00₽', '0,00₽'] });
    // afterEach verifies that no request was sent
  });

  it('offers won and lost as drop zones in a bar of their own', async () => {
    const { fixture } = await render(withClosed);
    expect(allByTestId(fixture, 'drop-won').map((e) => e.textContent?.trim())).toEqual(['Успешно']);
    expect(allByTestId(fixture, 'drop-lost').map((e) => e.textContent?.trim())).toEqual(['Отказ']);
  });

  it('wins a deal dropped on the won zone, and Undo reopens it back into its stage', async () => {
    const { fixture, page, figures } = await render(withClosed);

    const dropped = page.drop(dropEvent(page, 'a', 'w'));
    http().expectOne((r) => r.url === '/api/crm/deals/a/win').flush({ ...deal('a', 'w', 1000), status: 'won' });
    await dropped;
    await settle(fixture);
    expect(figures()).toEqual({ counts: ['59', '1', '1', '0'], totals: ['500,00₽', '200,00₽', '1000,00₽', '0,00₽'] });

    const undo = document.querySelector<HTMLButtonElement>('.mat-mdc-snack-bar-action, mat-snack-bar-container button');
    expect(undo?.textContent?.trim()).toBe('Отменить');
    undo!.click();
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/deals/a/reopen').flush(deal('a', 's1', 1000));
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['60', '1', '0', '0'], totals: ['1500,00₽', '200,00₽', '0,00₽', '0,00₽'] });
  });

  it('Undo of a move between open stages moves the deal back', async () => {
    const { fixture, page, figures } = await render(withClosed);

    const dropped = page.drop(dropEvent(page, 'b', 's1'));
    http().expectOne((r) => r.url === '/api/crm/deals/b/move').flush(deal('b', 's1', 200));
    await dropped;
    await settle(fixture);

    (document.querySelector('.mat-mdc-snack-bar-action, mat-snack-bar-container button') as HTMLButtonElement).click();
    await settle(fixture);
    const back = http().expectOne((r) => r.url === '/api/crm/deals/b/move');
    expect(back.request.body).toEqual({ stageId: 's2' });
    back.flush(deal('b', 's2', 200));
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['60', '1', '0', '0'], totals: ['1500,00₽', '200,00₽', '0,00₽', '0,00₽'] });
  });

  it('wins a deal from the button on its card without opening it', async () => {
    const { fixture, figures } = await render(withClosed);
    const cards = allByTestId(fixture, 'deal-card');
    (cards[1].querySelector('[data-testid="card-win"]') as HTMLButtonElement).click();
    await settle(fixture);
    http().expectOne((r) => r.url === '/api/crm/deals/b/win').flush({ ...deal('b', 'w', 200), status: 'won' });
    await settle(fixture);

    expect(figures()).toEqual({ counts: ['60', '0', '1', '0'], totals: ['1500,00₽', '0,00₽', '200,00₽', '0,00₽'] });
    expect(TestBed.inject(Router).url).toBe('/');
  });
});
