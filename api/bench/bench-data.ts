import type { DataSource, QueryRunner } from 'typeorm';
import {
  addCalendarDays,
  type ActionStatus,
  brusselsDate,
  calendarDaysBetween,
  type Health,
  PARTNER_KINDS,
  PHASE_KEYS,
  startOfBrusselsDay,
} from '@ws/domain';
import { insertRows, resetSequences } from '../src/database-copy/bulk-insert';
import {
  PARTNERSHIP_ID,
  Partnership,
} from '../src/partnership/partnership.entity';

export interface BenchDataSizes {
  partners: number;
  actions: number;
  updates: number;
  milestones: number;
}

export const FULL_SIZES: BenchDataSizes = {
  partners: 100,
  actions: 10_000,
  updates: 200_000,
  milestones: 20_000,
};

/** The same proportions, a tenth of the actions. */
export const QUICK_SIZES: BenchDataSizes = {
  partners: 100,
  actions: 1_000,
  updates: 20_000,
  milestones: 2_000,
};

const HISTORY_DAYS = 3 * 365;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A small deterministic generator (mulberry32), so a seed always gives the same plan. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}

/** n items spread over k buckets as evenly as whole numbers allow. */
const share = (n: number, k: number, index: number) =>
  Math.floor(n / k) + (index < n % k ? 1 : 0);

interface Reference {
  regions: number[];
  streams: { id: number; code: string }[];
  partners: number[];
  nextPartnerId: number;
}

async function loadReference(runner: QueryRunner): Promise<Reference> {
  const regions: { id: number }[] = await runner.query(
    'SELECT id FROM regions ORDER BY id',
  );
  const streams: { id: number; code: string }[] = await runner.query(
    'SELECT id, code FROM streams ORDER BY number',
  );
  const partners: { id: number }[] = await runner.query(
    'SELECT id FROM partners WHERE retired_at IS NULL ORDER BY id',
  );
  const [{ count }]: { count: number | string }[] = await runner.query(
    'SELECT COUNT(*) AS count FROM actions',
  );
  if (!regions.length || !streams.length)
    throw new Error('the database has no reference data: seed it first');
  if (Number(count) > 0)
    throw new Error('the database already has actions: use an empty plan');
  const [{ max }]: { max: number | string | null }[] = await runner.query(
    'SELECT MAX(id) AS max FROM partners',
  );
  return {
    regions: regions.map((r) => Number(r.id)),
    streams: streams.map((s) => ({ id: Number(s.id), code: s.code })),
    partners: partners.map((p) => Number(p.id)),
    nextPartnerId: Number(max ?? 0) + 1,
  };
}

/**
 * Fills a migrated database that holds the reference data with a large, consistent
 * action plan: partners up to `sizes.partners` (each leading at least one live action),
 * actions with contributors and regions, their status history ending in the action's
 * current status, and milestones inside the action's dates. The plan is adopted.
 * Written with multi-row INSERTs in one transaction; the same seed gives the same data.
 */
export async function generateBenchData(
  dataSource: DataSource,
  sizes: BenchDataSizes,
  options: { now: Date; seed?: number },
): Promise<void> {
  const rng = random(options.seed ?? 4);
  const nowMs = options.now.getTime();
  const today = brusselsDate(options.now);
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.startTransaction();
    const reference = await loadReference(runner);

    const partnerRows: unknown[][] = [];
    const partners = [...reference.partners];
    for (let n = 0; partners.length < sizes.partners; n += 1) {
      const id = reference.nextPartnerId + n;
      const number = String(n + 1).padStart(3, '0');
      partners.push(id);
      partnerRows.push([
        id,
        `bench-partner-${number}`,
        `Bench Partner ${number}`,
        `Bench Partner ${number} cluster organisation`,
        reference.regions[n % reference.regions.length],
        PARTNER_KINDS[n % PARTNER_KINDS.length],
        false,
        'Advanced manufacturing',
      ]);
    }
    await insertRows(
      runner,
      'partners',
      [
        'id',
        'slug',
        'name',
        'full_name',
        'region_id',
        'kind',
        'coordinator',
        'thematic',
      ],
      partnerRows,
    );

    const actionRows: unknown[][] = [];
    const contributorRows: unknown[][] = [];
    const regionRows: unknown[][] = [];
    const updateRows: unknown[][] = [];
    const milestoneRows: unknown[][] = [];
    const perStream = new Map<string, number>();
    for (let index = 0; index < sizes.actions; index += 1) {
      const id = index + 1;
      const stream = reference.streams[index % reference.streams.length];
      const sequence = (perStream.get(stream.code) ?? 0) + 1;
      perStream.set(stream.code, sequence);
      // The first actions give every partner one it leads, never cancelled.
      const lead =
        index < partners.length ? partners[index] : rng.pick(partners);
      const startDate = addCalendarDays(today, -rng.int(30, HISTORY_DAYS));
      const dueDate = addCalendarDays(startDate, rng.int(60, 720));
      const createdMs = startOfBrusselsDay(startDate).getTime() - DAY_MS;
      const updateCount = share(sizes.updates, sizes.actions, index);
      const roll = rng.next();
      const status: ActionStatus =
        updateCount === 0
          ? 'planned'
          : roll < 0.2
            ? 'completed'
            : roll < 0.25 && index >= partners.length
              ? 'cancelled'
              : roll < 0.3
                ? 'on_hold'
                : 'in_progress';
      const finalProgress =
        status === 'completed'
          ? 100
          : status === 'planned'
            ? 0
            : rng.int(5, 95);
      const healthRoll = rng.next();
      const health: Health =
        healthRoll < 0.7 ? 'green' : healthRoll < 0.9 ? 'amber' : 'red';

      // Updates spread from creation to a recent instant, in order.
      const lastMs = nowMs - rng.int(1, 90) * DAY_MS + rng.int(0, DAY_MS / 2);
      const span = Math.max(lastMs - createdMs, updateCount);
      let lastUpdateAt: string | null = null;
      for (let u = 0; u < updateCount; u += 1) {
        const final = u === updateCount - 1;
        const at = new Date(
          createdMs + Math.floor(((u + 1) * span) / updateCount),
        ).toISOString();
        const updateHealth: Health = final
          ? health
          : rng.next() < 0.8
            ? 'green'
            : 'amber';
        updateRows.push([
          updateRows.length + 1,
          id,
          null,
          'Bench editor',
          null,
          at,
          final ? status : 'in_progress',
          final
            ? finalProgress
            : Math.floor((finalProgress * (u + 1)) / updateCount),
          updateHealth,
          `Progress note ${u + 1} of ${stream.code}-${sequence}`,
          final ? 'Next steps agreed with the contributors' : null,
          updateHealth === 'green' ? null : 'Waiting for a partner decision',
        ]);
        lastUpdateAt = at;
      }
      actionRows.push([
        id,
        `${stream.code}-${String(sequence).padStart(2, '0')}`,
        `Bench action ${index + 1}: joint pilot line ${rng.int(1, 999)}`,
        'A joint action of the partnership generated for the benchmark.',
        stream.id,
        PHASE_KEYS[index % PHASE_KEYS.length],
        lead,
        startDate,
        dueDate,
        status,
        finalProgress,
        health,
        1,
        lastUpdateAt,
        null,
        new Date(createdMs).toISOString(),
        lastUpdateAt ?? new Date(createdMs).toISOString(),
      ]);
      const contributors = new Set<number>();
      for (let c = rng.int(0, 3); c > 0; c -= 1)
        contributors.add(rng.pick(partners));
      contributors.delete(lead);
      for (const partner of contributors) contributorRows.push([id, partner]);
      const regions = new Set([
        rng.pick(reference.regions),
        rng.pick(reference.regions),
      ]);
      for (const region of regions) regionRows.push([id, region]);

      const milestoneCount = share(sizes.milestones, sizes.actions, index);
      const length = Math.max(1, calendarDaysBetween(startDate, dueDate));
      for (let m = 0; m < milestoneCount; m += 1) {
        const due = addCalendarDays(
          startDate,
          Math.floor(((m + 1) * length) / milestoneCount),
        );
        const done =
          due < today && status !== 'cancelled' && rng.next() < 0.8
            ? due
            : null;
        milestoneRows.push([
          milestoneRows.length + 1,
          id,
          m,
          `Milestone ${m + 1}`,
          due,
          done,
        ]);
      }
    }

    await insertRows(
      runner,
      'actions',
      [
        'id',
        'code',
        'title',
        'description',
        'stream_id',
        'phase',
        'lead_partner_id',
        'start_date',
        'due_date',
        'status',
        'progress',
        'health',
        'version',
        'last_update_at',
        'deleted_at',
        'created_at',
        'updated_at',
      ],
      actionRows,
    );
    await insertRows(
      runner,
      'action_contributors',
      ['action_id', 'partner_id'],
      contributorRows,
    );
    await insertRows(
      runner,
      'action_regions',
      ['action_id', 'region_id'],
      regionRows,
    );
    await insertRows(
      runner,
      'status_updates',
      [
        'id',
        'action_id',
        'author_id',
        'author_name',
        'organisation',
        'at',
        'status',
        'progress',
        'health',
        'comment',
        'next_steps',
        'blockers',
      ],
      updateRows,
    );
    await insertRows(
      runner,
      'milestones',
      ['id', 'action_id', 'position', 'title', 'due_date', 'done_date'],
      milestoneRows,
    );
    await runner.manager.update(
      Partnership,
      { id: PARTNERSHIP_ID },
      {
        phase: 'implementation',
        planAdoptedAt: new Date(nowMs - HISTORY_DAYS * DAY_MS).toISOString(),
        planAdoptedBy: 'Steering committee',
      },
    );
    await resetSequences(runner);
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
