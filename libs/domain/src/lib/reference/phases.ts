// Concept note B.1, "Project organisation": the partnership works in three ordered steps.
export const PHASE_KEYS = [
  'preparation',
  'implementation',
  'investment',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

export interface PhaseData {
  key: PhaseKey;
  position: number;
  name: string;
  description: string;
}

export const PHASES: readonly PhaseData[] = [
  {
    key: 'preparation',
    position: 1,
    name: 'Preparation',
    description:
      'Mapping, strategy setting and joint action plan. The joint action plan describes the strategy, the partners and the other stakeholders involved, the objectives, the priorities and responsibilities and the time frame.',
  },
  {
    key: 'implementation',
    position: 2,
    name: 'Implementation',
    description:
      'Actions of demonstration, networking activities, cross regional projects, demonstration and pilot projects, using regional and EU tools.',
  },
  {
    key: 'investment',
    position: 3,
    name: 'Investment',
    description:
      'Business plan and proposals for investments, including interregional funding (ERDF).',
  },
];

export function isPhaseKey(value: unknown): value is PhaseKey {
  return (
    typeof value === 'string' &&
    (PHASE_KEYS as readonly string[]).includes(value)
  );
}
