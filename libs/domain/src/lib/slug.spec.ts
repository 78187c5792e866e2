import { isSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Plastipolis', 'plastipolis'],
    ['microTEC Südwest', 'microtec-sudwest'],
    ['Pool-Net', 'pool-net'],
    ['Viaméca', 'viameca'],
    ['Clúster Digital de Catalunya', 'cluster-digital-de-catalunya'],
    ['Małopolska', 'malopolska'],
    ['Région  Auvergne–Rhône-Alpes ', 'region-auvergne-rhone-alpes'],
    ['Straße & Œuvre', 'strasse-oeuvre'],
  ])('turns %j into %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slugify(name))).toBe(true);
  });

  it.each([
    '',
    'Upper',
    'two--hyphens',
    '-leading',
    'trailing-',
    'spa ce',
    'ünï',
  ])('rejects %j as a slug', (value) => {
    expect(isSlug(value)).toBe(false);
  });
});
