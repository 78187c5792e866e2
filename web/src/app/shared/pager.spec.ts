import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { link, links, textOf } from '../../testing/dom';
import { Pager } from './pager';
import { provideTestTranslations } from '../../testing/i18n';

describe('Pager', () => {
  let fixture: ComponentFixture<Pager>;

  async function show(page: number, total: number): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideTestTranslations(), provideRouter([])],
    });
    fixture = TestBed.createComponent(Pager);
    fixture.componentRef.setInput('page', page);
    fixture.componentRef.setInput('pageSize', 25);
    fixture.componentRef.setInput('total', total);
    fixture.componentRef.setInput('label', 'Pages of things');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('links to the pages either side of the current one', async () => {
    const view = await show(2, 60);
    const nav = view.querySelector('nav[aria-label="Pages of things"]');
    expect(textOf(nav)).toContain('Page 2 of 3');
    expect(link(view, 'Previous page').getAttribute('href')).toBe('/?page=1');
    expect(link(view, 'Next page').getAttribute('href')).toBe('/?page=3');
  });

  it('offers no previous page on the first page, no next on the last', async () => {
    expect(links(await show(1, 60)).map(textOf)).toEqual(['Next page']);
    TestBed.resetTestingModule();
    expect(links(await show(3, 60)).map(textOf)).toEqual(['Previous page']);
  });

  it('shows nothing when everything fits on one page', async () => {
    const view = await show(1, 25);
    expect(view.querySelector('nav')).toBeNull();
  });
});
