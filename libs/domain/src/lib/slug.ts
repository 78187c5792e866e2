// Slugs are the stable public names of partners and instruments (SPEC §7):
// lowercase ASCII words joined by hyphens, accents folded ("Südwest" → "sudwest").
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};

export function slugify(name: string): string {
  return name
    .replace(
      /[łŁøØđĐßæÆœŒ]/g,
      (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter],
    )
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
