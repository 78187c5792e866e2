// Concept note, Summary and A.3.1: the Four Motors, their associates and the
// regions the consortium was extended to. Codes are NUTS 2021 (Québec: ISO 3166-2).
export const MEMBERSHIP_KINDS = [
  'four_motors',
  'associate',
  'extended',
] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

export const MEMBERSHIP_KIND_LABELS: Record<MembershipKind, string> = {
  four_motors: 'Four Motors',
  associate: 'Associate',
  extended: 'Extended region',
};

export interface RegionData {
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  countryName: string;
  membership: MembershipKind;
}

export const REGIONS: readonly RegionData[] = [
  {
    code: 'FRK',
    name: 'Auvergne-Rhône-Alpes',
    country: 'FR',
    countryName: 'France',
    membership: 'four_motors',
  },
  {
    code: 'DE1',
    name: 'Baden-Württemberg',
    country: 'DE',
    countryName: 'Germany',
    membership: 'four_motors',
  },
  {
    code: 'ES51',
    name: 'Catalonia',
    country: 'ES',
    countryName: 'Spain',
    membership: 'four_motors',
  },
  {
    code: 'ITC4',
    name: 'Lombardy',
    country: 'IT',
    countryName: 'Italy',
    membership: 'four_motors',
  },
  {
    code: 'BE2',
    name: 'Flanders',
    country: 'BE',
    countryName: 'Belgium',
    membership: 'associate',
  },
  {
    code: 'UKL',
    name: 'Wales',
    country: 'GB',
    countryName: 'United Kingdom',
    membership: 'associate',
  },
  {
    code: 'PL21',
    name: 'Małopolska',
    country: 'PL',
    countryName: 'Poland',
    membership: 'associate',
  },
  {
    code: 'CA-QC',
    name: 'Québec',
    country: 'CA',
    countryName: 'Canada',
    membership: 'associate',
  },
  {
    code: 'RO11',
    name: 'North-West Romania',
    country: 'RO',
    countryName: 'Romania',
    membership: 'extended',
  },
  {
    code: 'PT16',
    name: 'Centro Portugal',
    country: 'PT',
    countryName: 'Portugal',
    membership: 'extended',
  },
];

export const REGION_CODE_PATTERN = /^[A-Z]{2}(?:[0-9A-Z]{1,3}|-[A-Z]{2,3})$/;
