import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { links, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { AdminSections } from './admin-sections';

describe('AdminSections', () => {
  it('links every administration page, in the chosen language', async () => {
    TestBed.configureTestingModule({
      providers: [provideTestTranslations('fr'), provideRouter([])],
    });
    const fixture = TestBed.createComponent(AdminSections);
    fixture.detectChanges();
    await fixture.whenStable();
    const view: HTMLElement = fixture.nativeElement;
    expect(links(view).map((a) => [textOf(a), a.getAttribute('href')])).toEqual(
      [
        ['Comptes', '/admin'],
        ['Partenaires', '/admin/partners'],
        ['Régions', '/admin/regions'],
        ['Axes d’activité', '/admin/streams'],
        ['Paramètres', '/admin/settings'],
        ['Import et export', '/admin/import'],
      ],
    );
    expect(view.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Administration',
    );
  });
});
