import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { translocoTesting } from '../../../testing/testing-providers';
import { StatusPipe } from './status.pipe';

describe('StatusPipe', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [translocoTesting()], providers: [StatusPipe] }));

  it('says each status in words from the one dictionary, never the raw code', () => {
    const pipe = TestBed.inject(StatusPipe);

    expect(pipe.transform('open', 'deal')).toBe('Открыта');
    expect(pipe.transform('lost', 'deal')).toBe('Проиграна');
    expect(pipe.transform('inWork', 'lead')).toBe('В работе');
    expect(pipe.transform('posted', 'document')).toBe('Проведён');
    expect(pipe.transform(null, 'deal')).toBe('');
  });

  it('follows the language the user picks', () => {
    const pipe = TestBed.inject(StatusPipe);
    TestBed.inject(TranslocoService).setActiveLang('en');

    expect(pipe.transform('won', 'deal')).toBe('Won');
  });
});
