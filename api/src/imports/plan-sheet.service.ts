import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { brusselsDate, type PlanRow } from '@ws/domain';
import {
  type ActionRecord,
  readActionRecords,
} from '../actions/action-records';
import { Clock } from '../common/clock';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { Region } from '../reference-data/region.entity';
import { Stream } from '../reference-data/stream.entity';
import { type PlanLists, planWorkbook } from './plan-workbook';

export interface PlanFile {
  fileName: string;
  body: Buffer;
}

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const byText = (a: string, b: string) => a.localeCompare(b);

export function toPlanRow(action: ActionRecord): PlanRow {
  return {
    code: action.code,
    title: action.title,
    stream: action.stream.number,
    phase: action.phase,
    lead: action.lead.slug,
    contributors: action.contributors.map((p) => p.slug).sort(byText),
    regions: action.regions.map((r) => r.code).sort(byText),
    startDate: action.startDate,
    dueDate: action.dueDate,
    status: action.status,
    progress: action.progress,
    health: action.health,
    description: action.description,
  };
}

/** The action plan as the spreadsheet the coordinator exports, edits and imports. */
@Injectable()
export class PlanSheetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The live actions, by code, as rows of the plan. */
  async liveActions(em: EntityManager): Promise<ActionRecord[]> {
    const records = await readActionRecords(em, 'all live');
    // By code as the database orders text: byte by byte.
    return [...records.values()].sort((a, b) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
    );
  }

  async template(): Promise<PlanFile> {
    return this.workbook([], 'action-plan-template.xlsx');
  }

  async export(): Promise<PlanFile> {
    const actions = await this.liveActions(this.dataSource.manager);
    return this.workbook(
      actions.map(toPlanRow),
      `action-plan-${brusselsDate(this.clock.now())}.xlsx`,
    );
  }

  private async workbook(rows: PlanRow[], fileName: string): Promise<PlanFile> {
    const em = this.dataSource.manager;
    const [streams, partners, regions, partnership] = await Promise.all([
      em.find(Stream, { order: { number: 'ASC' } }),
      em.find(Partner, {
        where: { retiredAt: IsNull() },
        order: { slug: 'ASC' },
      }),
      em.find(Region, { order: { code: 'ASC' } }),
      em.findOneByOrFail(Partnership, { id: PARTNERSHIP_ID }),
    ]);
    const lists: PlanLists = {
      streams: streams.map((s) => ({ number: s.number, title: s.shortTitle })),
      partners: partners.map((p) => ({ slug: p.slug, name: p.name })),
      regions: regions.map((r) => ({ code: r.code, name: r.name })),
    };
    return {
      fileName,
      body: await planWorkbook(rows, lists, partnership.name),
    };
  }
}
