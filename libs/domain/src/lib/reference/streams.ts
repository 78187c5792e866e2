// Concept note B.4, "Governance": the five activity streams, titled as there;
// the descriptions summarise B.2, "Activities of the partnership".
export const STREAM_NUMBERS = [1, 2, 3, 4, 5] as const;
export type StreamNumber = (typeof STREAM_NUMBERS)[number];

export interface StreamData {
  number: StreamNumber;
  /** Short code used in action codes, e.g. S3-04 */
  code: string;
  shortTitle: string;
  title: string;
  description: string;
}

export const STREAMS: readonly StreamData[] = [
  {
    number: 1,
    code: 'S1',
    shortTitle: 'Regional Industry 4.0 alliances',
    title:
      'Connection to the different "Industry 4.0" regional Alliances or working groups',
    description:
      'The partners connect their respective regional industry 4.0 initiatives, the "Manufacturing and Industry of the Future" regional alliances and working groups representing the main stakeholders.',
  },
  {
    number: 2,
    code: 'S2',
    shortTitle: 'Regional S3 coordination',
    title:
      'Connection and coordination of each "industry 4.0" regional S3 activities (Mapping of priorities, Identification of common interest thematic, link competences, Action Plan)',
    description:
      'Connection and coordination of each "industry of the Future" regional S3 activities: mapping of competences and priorities, identification of common interest thematic and synergies, action plan.',
  },
  {
    number: 3,
    code: 'S3',
    shortTitle: 'Joint roadmap on Industry 4.0',
    title: 'Interregional Joint roadmap on industry 4.0',
    description:
      'A joint roadmap defined upstream: technical or industrial shared priorities, and a joint approach for developing opportunities to support the implementation of the different regional S3.',
  },
  {
    number: 4,
    code: 'S4',
    shortTitle: 'Innovation schemes and policies',
    title: 'Strategic Innovation Schemes & Regional Policies coordinations',
    description:
      'Strategically coordinate efforts and align funding schemes on transregional innovative industry 4.0 activities (common investment tools, collaborative projects, ERDF).',
  },
  {
    number: 5,
    code: 'S5',
    shortTitle: 'Common project tools',
    title:
      'Common projects tools (Matchmaking activities, Project financing schemes)',
    description:
      'Identify joint projects with partners from the different regions, aligned with the regional S3 strategies and initiatives such as the Vanguard Initiative, Digital Innovation Hubs and the S3 Platform on Industrial Modernisation.',
  },
];

export function isStreamNumber(value: unknown): value is StreamNumber {
  return (
    typeof value === 'number' &&
    (STREAM_NUMBERS as readonly number[]).includes(value)
  );
}
