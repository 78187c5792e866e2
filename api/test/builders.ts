import { type DataSource, In } from 'typeorm';
import type { ActionStatus, PhaseKey, StreamNumber } from '@ws/domain';
import { PARTNERS, STREAMS } from '@ws/domain';
import { Action } from '../src/actions/action.entity';
import { Partner } from '../src/partners/partner.entity';
import { Stream } from '../src/reference-data/stream.entity';

export interface ActionSeed {
  code?: string;
  lead?: string;
  stream?: StreamNumber;
  phase?: PhaseKey;
  status?: ActionStatus;
  contributors?: string[];
  dueDate?: string | null;
}

let sequence = 0;

/** Inserts an action with valid defaults; the test overrides only what it is about. */
export async function anAction(
  dataSource: DataSource,
  seed: ActionSeed = {},
): Promise<Action> {
  const stream = seed.stream ?? 1;
  sequence += 1;
  const now = '2026-11-01T09:00:00.000Z';
  return dataSource.getRepository(Action).save({
    code: seed.code ?? `S${stream}-${String(sequence).padStart(2, '0')}`,
    title: `Action ${sequence}`,
    description: 'Built by a test',
    stream: await dataSource
      .getRepository(Stream)
      .findOneByOrFail({ number: stream }),
    phase: seed.phase ?? 'preparation',
    lead: await dataSource
      .getRepository(Partner)
      .findOneByOrFail({ slug: seed.lead ?? 'plastipolis' }),
    contributors: seed.contributors?.length
      ? await dataSource
          .getRepository(Partner)
          .find({ where: { slug: In(seed.contributors) } })
      : [],
    regions: [],
    startDate: '2026-11-01',
    dueDate: seed.dueDate === undefined ? '2027-06-30' : seed.dueDate,
    status: seed.status ?? 'planned',
    progress: 0,
    health: 'green',
    lastUpdateAt: null,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
    milestones: [],
    indicators: [],
  });
}

/** One action per partner, spread over the five streams: every adoption rule holds. */
export async function aCompletePlan(dataSource: DataSource): Promise<Action[]> {
  const actions: Action[] = [];
  for (const [index, partner] of PARTNERS.entries()) {
    actions.push(
      await anAction(dataSource, {
        lead: partner.slug,
        stream: STREAMS[index % STREAMS.length].number,
      }),
    );
  }
  return actions;
}
