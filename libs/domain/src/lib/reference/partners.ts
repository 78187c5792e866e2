import type { EffraDomainCode } from './effra-domains';

// Concept note A.3.3 (consortium), A.3.2 (EFFRA domains mapping) and Annex 1
// (consortium partners in figures). Eurecat is the one partner Annex 1 leaves out,
// so its figures are unknown (null) rather than invented.
export const PARTNER_KINDS = [
  'cluster',
  'technology_centre',
  'research_centre',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  cluster: 'Cluster',
  technology_centre: 'Technology centre',
  research_centre: 'Research centre',
};

export interface PartnerData {
  slug: string;
  name: string;
  fullName: string;
  regionCode: string;
  kind: PartnerKind;
  coordinator: boolean;
  /** Members of the network (Annex 1, "Size of the Network"); null when not given */
  networkSize: number | null;
  networkSizeNote: string | null;
  /** Annex 1, "Number of SMEs"; null when not given */
  smes: number | null;
  smesNote: string | null;
  /** Annex 1, "Main Thematic" */
  thematic: string;
  effraDomains: readonly EffraDomainCode[];
}

export const PARTNERS: readonly PartnerData[] = [
  {
    slug: 'plastipolis',
    name: 'Plastipolis',
    fullName: 'Plastipolis',
    regionCode: 'FRK',
    kind: 'cluster',
    coordinator: true,
    networkSize: 400,
    networkSizeNote: '400 Members',
    smes: 220,
    smesNote: null,
    thematic: 'Plastics & Composites',
    effraDomains: ['D1', 'D2', 'D6'],
  },
  {
    slug: 'viameca',
    name: 'Viaméca',
    fullName: 'ViaMéca',
    regionCode: 'FRK',
    kind: 'cluster',
    coordinator: false,
    networkSize: 160,
    networkSizeNote: '160 members',
    smes: 80,
    smesNote: null,
    thematic:
      'Metalworking Technology Production Technology and Heavy Machinery',
    effraDomains: ['D1', 'D2', 'D3', 'D5', 'D6'],
  },
  {
    slug: 'minalogic',
    name: 'Minalogic',
    fullName: 'Minalogic',
    regionCode: 'FRK',
    kind: 'cluster',
    coordinator: false,
    networkSize: 330,
    networkSizeNote: '330 Members',
    smes: 240,
    smesNote: null,
    thematic: 'Digital technologies / microelectronics / Photonics & Software',
    effraDomains: ['D2', 'D3', 'D4', 'D5'],
  },
  {
    slug: 'afil',
    name: 'AFIL',
    fullName: 'Associazione Fabbrica Intelligente Lombardia',
    regionCode: 'ITC4',
    kind: 'cluster',
    coordinator: false,
    networkSize: 147,
    networkSizeNote: null,
    smes: 92,
    smesNote: null,
    thematic: 'Advanced Manufacturing',
    effraDomains: ['D1', 'D2', 'D3'],
  },
  {
    slug: 'microtec-sudwest',
    name: 'microTEC Südwest',
    fullName: 'microTEC Südwest',
    regionCode: 'DE1',
    kind: 'cluster',
    coordinator: false,
    networkSize: 380,
    networkSizeNote: '380 cluster partners (116 member in the association)',
    smes: 250,
    smesNote: null,
    thematic:
      'Micro Systems Technologies - Main applications: Smart production (sensors and actuators), smart health',
    effraDomains: ['D1', 'D2', 'D3'],
  },
  {
    slug: 'bwcon',
    name: 'bwcon',
    fullName: 'Baden-Württemberg: Connected e.V.',
    regionCode: 'DE1',
    kind: 'cluster',
    coordinator: false,
    networkSize: 600,
    networkSizeNote: '600 members',
    smes: 400,
    smesNote: null,
    thematic: 'ICT applied to health, manufacturing, energy and mobility',
    effraDomains: ['D1', 'D2', 'D3', 'D6'],
  },
  {
    slug: 'eurecat',
    name: 'Eurecat',
    fullName: 'Eurecat – Technology Centre of Catalonia',
    regionCode: 'ES51',
    kind: 'technology_centre',
    coordinator: false,
    networkSize: null,
    networkSizeNote:
      'Not listed in Annex 1; 450 professionals serving more than a thousand companies (A.3.3.4.1)',
    smes: null,
    smesNote: null,
    thematic:
      'Food, Energy and Resources, Industrial systems, Design-based industries, Industries linked to sustainable mobility, Health industries and Cultural and experience-based industries',
    effraDomains: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'],
  },
  {
    slug: 'cep',
    name: 'CEP',
    fullName: 'Centro Español de Plásticos',
    regionCode: 'ES51',
    kind: 'cluster',
    coordinator: false,
    networkSize: 156,
    networkSizeNote: '156 Members',
    smes: 136,
    smesNote: null,
    thematic: 'Plastics & Composites',
    effraDomains: ['D1', 'D2', 'D3', 'D6'],
  },
  {
    slug: 'cluster-digital-de-catalunya',
    name: 'Clúster Digital de Catalunya',
    fullName: 'Associació Clúster Digital de Catalunya',
    regionCode: 'ES51',
    kind: 'cluster',
    coordinator: false,
    networkSize: 40,
    networkSizeNote: '40 Members',
    smes: 28,
    smesNote: null,
    thematic: 'ICT Technologies',
    effraDomains: ['D1', 'D2', 'D3', 'D6'],
  },
  {
    slug: 'flanders-make',
    name: 'Flanders Make',
    fullName: 'Flanders Make',
    regionCode: 'BE2',
    kind: 'research_centre',
    coordinator: false,
    networkSize: 89,
    networkSizeNote:
      '89 active members, 180 (manufacturing) companies in direct target group',
    smes: 30,
    smesNote:
      "30 SME's in active member network, >80 SME's in direct (manufacturing) target group",
    thematic:
      'Mechatronics, product and process design, manufacturing automation and operator support, monitoring and control, additive manufacturing, high precision manufacturing',
    effraDomains: ['D1', 'D2', 'D3', 'D5'],
  },
  {
    slug: 'cluj-it-cluster',
    name: 'Cluj IT Cluster',
    fullName: 'Cluj IT Cluster',
    regionCode: 'RO11',
    kind: 'cluster',
    coordinator: false,
    networkSize: 50,
    networkSizeNote:
      '50 active members, of which more than 30 are IT&C companies (especially software)',
    smes: 24,
    smesNote: '24 SMEs active members',
    thematic: 'Mostly software development (IaaS, PaaS, SaaS)',
    effraDomains: ['D3'],
  },
  {
    slug: 'pool-net',
    name: 'Pool-Net',
    fullName: 'Pool-Net – Portuguese Tooling & Plastics Network',
    regionCode: 'PT16',
    kind: 'cluster',
    coordinator: false,
    networkSize: 91,
    networkSizeNote:
      '91 members: businesses (81%), Universities and R&D Centres (13%), Training Centres (1%), Trade Associations (4%) and Public Bodies (1%).',
    smes: 65,
    smesNote: '65 SMEs',
    thematic: 'Tooling technologies',
    effraDomains: ['D1', 'D2', 'D3', 'D5'],
  },
];
