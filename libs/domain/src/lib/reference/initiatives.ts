import type { StreamNumber } from './streams';

// Concept note B.2: the regional Industry 4.0 alliances and working groups
// (activity 1) and the regional S3 bodies (activity 2) the partners connect to.
export interface InitiativeData {
  slug: string;
  name: string;
  regionCode: string;
  stream: Extract<StreamNumber, 1 | 2>;
  description: string | null;
}

export const INITIATIVES: readonly InitiativeData[] = [
  // Activity 1: regional Industry 4.0 alliances and working groups
  {
    slug: 'collectif-des-poles-ara-industrie-du-futur',
    name: "Collectif des Pôles Auvergne Rhône Alpes pour l'Industrie du Futur",
    regionCode: 'FRK',
    stream: 1,
    description: 'Group of 7 regional clusters for the industry of the future',
  },
  {
    slug: 'comite-de-pilotage-ambition-industrie-du-futur',
    name: 'Comité de pilotage "Ambition Industrie du Futur"',
    regionCode: 'FRK',
    stream: 1,
    description: 'Regional Steering Committee "Industry of the Future"',
  },
  {
    slug: 'allianz-industrie-4-0',
    name: 'Allianz Industrie 4.0',
    regionCode: 'DE1',
    stream: 1,
    description:
      'Network founded and sponsored by the state of Baden-Württemberg in 2015 to pool expertise in production and ICT to promote Industrie 4.0',
  },
  {
    slug: 'lombardy-intelligent-factory-ecosystem',
    name: 'Lombardy Intelligent factory ecosystem',
    regionCode: 'ITC4',
    stream: 1,
    description: 'Represented by the regional technology cluster AFIL',
  },
  {
    slug: 'plataforma-industrial-4-0',
    name: 'Plataforma Industrial 4.0',
    regionCode: 'ES51',
    stream: 1,
    description: null,
  },
  {
    slug: 'big-data-coe',
    name: 'Big Data CoE',
    regionCode: 'ES51',
    stream: 1,
    description: 'Big Data Centre of Excellence',
  },
  {
    slug: 'dih-on-high-performance-computing',
    name: 'DIH on High Performance Computing',
    regionCode: 'ES51',
    stream: 1,
    description: 'Digital Innovation Hub on High Performance Computing',
  },
  {
    slug: 'centro-regional-coordination-group',
    name: 'Regional coordination group for economic development',
    regionCode: 'PT16',
    stream: 1,
    description: null,
  },
  {
    slug: 'flanders-regional-coordination-group',
    name: 'Regional coordination group',
    regionCode: 'BE2',
    stream: 1,
    description: null,
  },
  {
    slug: 'north-west-regional-coordination-group',
    name: 'Regional coordination group for economic development',
    regionCode: 'RO11',
    stream: 1,
    description: null,
  },
  // Activity 2: regional S3 activities
  {
    slug: 'lombardy-ris3-monitoring-group',
    name: 'RIS3 monitoring group',
    regionCode: 'ITC4',
    stream: 2,
    description: null,
  },
  {
    slug: 'lombardy-cluster-steering-committee',
    name: 'Cluster Steering Committee',
    regionCode: 'ITC4',
    stream: 2,
    description: null,
  },
  {
    slug: 'alliance-industry-4-0-baden-wurttemberg-partners',
    name: 'Partnering organisations of the Alliance Industry 4.0 Baden-Württemberg',
    regionCode: 'DE1',
    stream: 2,
    description:
      'Common objectives: connect all relevant sectors and technologies, give SMEs orientation on their own way to smart industry, prepare employees and apprentices, launch R&D projects, deal with technology transfer',
  },
  {
    slug: 'ris3cat-industria-del-futur',
    name: 'Comunitats RIS3CAT on Industria del Futur',
    regionCode: 'ES51',
    stream: 2,
    description: null,
  },
  {
    slug: 'ris3cat-fabricacio-additiva',
    name: 'Comunitats RIS3CAT on Fabricació Additiva',
    regionCode: 'ES51',
    stream: 2,
    description: null,
  },
  {
    slug: 'domaine-excellence-industrie-du-futur',
    name: 'Domaine d\'Excellence "industrie du futur et production industrielle"',
    regionCode: 'FRK',
    stream: 2,
    description:
      'One of the 8 Domains of Smart Specialisation of Auvergne-Rhône-Alpes',
  },
  {
    slug: 'ambition-industrie-du-futur',
    name: 'Regional action plan "Ambition Industrie du Futur"',
    regionCode: 'FRK',
    stream: 2,
    description: 'Launched in 2016 to support enterprises at regional level',
  },
  {
    slug: 'smart-specialization-platform-flanders',
    name: 'Smart specialization platform Flanders',
    regionCode: 'BE2',
    stream: 2,
    description: null,
  },
  {
    slug: 'romania-national-rdi-strategy-2014-2020',
    name: 'National Strategy for Research, Development and Innovation 2014-2020',
    regionCode: 'RO11',
    stream: 2,
    description: null,
  },
  {
    slug: 'north-west-regional-ris3-strategy',
    name: 'Regional RIS3 strategy',
    regionCode: 'RO11',
    stream: 2,
    description: 'Under development with assistance from DG JRC and DG Regio',
  },
  {
    slug: 'centro-economic-development',
    name: 'Economic development',
    regionCode: 'PT16',
    stream: 2,
    description: null,
  },
];
