// Concept note A.3.2, "EFFRA's Domains Mapping".
export const EFFRA_DOMAIN_CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
export type EffraDomainCode = (typeof EFFRA_DOMAIN_CODES)[number];

export interface EffraDomainData {
  code: EffraDomainCode;
  title: string;
  description: string;
}

export const EFFRA_DOMAINS: readonly EffraDomainData[] = [
  {
    code: 'D1',
    title: 'Advanced Manufacturing processes',
    description:
      'Innovative processing for both new and current materials or products',
  },
  {
    code: 'D2',
    title: 'Adaptive and smart manufacturing systems',
    description:
      'Innovative manufacturing equipment at component and system level, including mechatronics, control and monitoring systems',
  },
  {
    code: 'D3',
    title: 'Digital, virtual and resource-efficient factories',
    description:
      'Factory design, data collection and management, operation and planning, from real-time to long term optimisation approaches',
  },
  {
    code: 'D4',
    title: 'Collaborative and mobile enterprises',
    description: 'Networked factories and dynamic supply chains',
  },
  {
    code: 'D5',
    title: 'Human-centric manufacturing',
    description: 'Enhancing the role of people in factories',
  },
  {
    code: 'D6',
    title: 'Customer-focused manufacturing',
    description:
      'Involving customers in manufacturing value chain, from product-process design to manufacturing associated innovative services',
  },
];
