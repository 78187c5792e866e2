import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  button,
  field,
  headings,
  textOf,
  typeInto,
} from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { STREAM_VIEWS, page } from '../../../testing/reference-fixtures';
import { StreamsAdmin } from './streams-admin';

describe('StreamsAdmin', () => {
  let fixture: ComponentFixture<StreamsAdmin>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StreamsAdmin);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('retitles a stream, keeping its number', async () => {
    expect(headings(view, 2)).toEqual(
      STREAM_VIEWS.map((s) => `Stream ${s.number} — ${s.shortTitle}`),
    );
    button(view, 'Edit stream 3').click();
    await fixture.whenStable();
    typeInto(field(view, 'Short title'), 'Joint roadmap');
    button(view, 'Save the changes').click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/streams/3' });
    expect(request.request.body).toEqual({
      shortTitle: 'Joint roadmap',
      title: STREAM_VIEWS[2].title,
      description: STREAM_VIEWS[2].description,
    });
    request.flush({ ...STREAM_VIEWS[2], shortTitle: 'Joint roadmap' });
    TestBed.tick();
    http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
    await fixture.whenStable();
    expect(textOf(view)).toContain('Stream 3 is saved.');
  });

  it('refuses an empty short title without calling the server', async () => {
    button(view, 'Edit stream 1').click();
    await fixture.whenStable();
    typeInto(field(view, 'Short title'), '');
    button(view, 'Save the changes').click();
    await fixture.whenStable();
    expect(textOf(view)).toContain('This field is required.');
    http.expectNone('/api/streams/1');
  });
});
