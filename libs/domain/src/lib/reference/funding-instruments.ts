// Concept note B.3, "Toolbox of the partnership for common projects" (future project
// financing schemes), and the programmes that replaced them in 2021-2027.
export const FUNDING_ERAS = ['toolbox', 'current'] as const;
export type FundingEra = (typeof FUNDING_ERAS)[number];

export interface FundingInstrumentData {
  slug: string;
  name: string;
  /** toolbox: named in the concept note (2014-2020); current: its 2021-2027 successor */
  era: FundingEra;
  description: string;
  /** Slugs of the current instruments that replaced a toolbox one */
  successors: readonly string[];
}

export const FUNDING_INSTRUMENTS: readonly FundingInstrumentData[] = [
  {
    slug: 'interreg',
    name: 'Interreg',
    era: 'toolbox',
    description:
      'Interreg Europe, Alpine Space, Central Europe, SUDOE, MED and DTP',
    successors: [
      'interreg-europe',
      'interreg-alpine-space',
      'interreg-central-europe',
      'interreg-sudoe',
      'interreg-euro-med',
      'interreg-danube',
    ],
  },
  {
    slug: 'h2020',
    name: 'H2020',
    era: 'toolbox',
    description: 'Horizon 2020: Innosup, IA, RIA, Pilots, I4MS, FoF PPP',
    successors: ['horizon-europe'],
  },
  {
    slug: 'cosme',
    name: 'COSME',
    era: 'toolbox',
    description: 'COSME support activities',
    successors: ['single-market-programme'],
  },
  {
    slug: 'watify-reconfirm',
    name: 'Watify and Re-confirm',
    era: 'toolbox',
    description: 'Watify and Re-confirm support services',
    successors: ['digital-europe'],
  },
  {
    slug: 'efsi',
    name: 'European Fund for Strategic Investment (Juncker Plan)',
    era: 'toolbox',
    description:
      'European Fund for Strategic Investments, the Investment Plan for Europe',
    successors: ['investeu'],
  },
  {
    slug: 'interreg-europe',
    name: 'Interreg Europe',
    era: 'current',
    description:
      'Interregional cooperation strand (Interreg C) of European Territorial Cooperation',
    successors: [],
  },
  {
    slug: 'interreg-alpine-space',
    name: 'Interreg Alpine Space',
    era: 'current',
    description:
      'Transnational cooperation strand (Interreg B) for the Alpine regions',
    successors: [],
  },
  {
    slug: 'interreg-central-europe',
    name: 'Interreg Central Europe',
    era: 'current',
    description:
      'Transnational cooperation strand (Interreg B) for Central Europe',
    successors: [],
  },
  {
    slug: 'interreg-sudoe',
    name: 'Interreg Sudoe',
    era: 'current',
    description:
      'Transnational cooperation strand (Interreg B) for South-West Europe',
    successors: [],
  },
  {
    slug: 'interreg-euro-med',
    name: 'Interreg Euro-MED',
    era: 'current',
    description:
      'Transnational cooperation strand (Interreg B) for the Mediterranean, successor of Interreg MED',
    successors: [],
  },
  {
    slug: 'interreg-danube',
    name: 'Interreg Danube Region',
    era: 'current',
    description:
      'Transnational cooperation strand (Interreg B), successor of the Danube Transnational Programme (DTP)',
    successors: [],
  },
  {
    slug: 'horizon-europe',
    name: 'Horizon Europe',
    era: 'current',
    description: 'EU framework programme for research and innovation 2021-2027',
    successors: [],
  },
  {
    slug: 'digital-europe',
    name: 'Digital Europe',
    era: 'current',
    description:
      'Digital Europe Programme, including the European Digital Innovation Hubs',
    successors: [],
  },
  {
    slug: 'erdf',
    name: 'ERDF',
    era: 'current',
    description:
      'European Regional Development Fund, including interregional innovation investments (I3)',
    successors: [],
  },
  {
    slug: 'single-market-programme',
    name: 'COSME / Single Market Programme',
    era: 'current',
    description:
      'Single Market Programme (SMP), whose SME pillar continues COSME',
    successors: [],
  },
  {
    slug: 'investeu',
    name: 'InvestEU',
    era: 'current',
    description:
      'InvestEU programme, successor of the European Fund for Strategic Investments',
    successors: [],
  },
];
