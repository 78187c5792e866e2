import { HttpException, Injectable } from '@nestjs/common';
import { DataSource, In, Not, IsNull } from 'typeorm';
import {
  type ImportEntry,
  importGovernanceProblems,
  readPlanSheet,
} from '@ws/domain';
import { Action } from '../actions/action.entity';
import type { CreateActionDto, UpdateActionDto } from '../actions/actions.dto';
import { ActionsService } from '../actions/actions.service';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { UnitOfWork } from '../common/database/unit-of-work';
import { invalidRequest } from '../common/http/validation';
import { GovernanceService } from '../governance/governance.service';
import { Partner } from '../partners/partner.entity';
import { Region } from '../reference-data/region.entity';
import { ImportPreviews, type StoredPreview } from './import-previews';
import type { ImportPreviewView, ImportResultView } from './import.view';
import { planFileKind, readPlanFile, UnreadablePlanFile } from './plan-file';
import { PlanSheetService, toPlanRow } from './plan-sheet.service';

/** The part of an uploaded file the import reads. */
export interface UploadedPlan {
  originalname: string;
  buffer: Buffer;
}

const fileProblem = (problems: string[]) =>
  invalidRequest([{ field: 'file', problems }]);

/**
 * SPEC §2 at scale: a spreadsheet of actions is read into a preview (nothing changes),
 * then applied in one transaction through the same service, rules and journal as
 * edits made by hand — all rows or none.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly actions: ActionsService,
    private readonly governance: GovernanceService,
    private readonly audit: AuditService,
    private readonly planSheet: PlanSheetService,
    private readonly previews: ImportPreviews,
  ) {}

  async preview(
    actor: AuthenticatedUser,
    file: UploadedPlan | undefined,
  ): Promise<ImportPreviewView> {
    if (!file)
      throw fileProblem([
        'attach the action plan as an XLSX or CSV file in the field "file"',
      ]);
    const kind = planFileKind(file.originalname, file.buffer);
    if (!kind)
      throw fileProblem([
        `${file.originalname} is neither an XLSX workbook nor a UTF-8 CSV file`,
      ]);
    let cells;
    try {
      cells = await readPlanFile(kind, file.buffer);
    } catch (error) {
      if (error instanceof UnreadablePlanFile)
        throw fileProblem([error.message]);
      throw error;
    }

    const em = this.dataSource.manager;
    const [live, partners, regions, deleted, facts] = await Promise.all([
      this.planSheet.liveActions(em),
      em.find(Partner),
      em.find(Region),
      em.find(Action, {
        where: { deletedAt: Not(IsNull()) },
        select: { code: true },
      }),
      this.governance.facts(em),
    ]);
    const existing = new Map(live.map((a) => [a.code, toPlanRow(a)]));
    const { entries, problems } = readPlanSheet(cells, {
      partners: partners.map((p) => ({
        slug: p.slug,
        retired: p.retiredAt !== null,
      })),
      regions: regions.map((r) => r.code),
      existing,
    });
    const deletedCodes = new Set(deleted.map((a) => a.code));
    for (const entry of entries)
      if (entry.change === 'create' && deletedCodes.has(entry.code))
        problems.push({
          row: entry.row,
          column: 'Code',
          cell: null,
          message: `the code ${entry.code} belonged to a deleted action; give the action a new code`,
        });
    problems.push(...importGovernanceProblems(facts, entries));
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

    const stored = this.previews.keep({
      fileName: file.originalname,
      applicable:
        problems.length === 0 && entries.some((e) => e.change !== 'unchanged'),
      entries,
      rows: entries.map((entry) => ({
        row: entry.row,
        code: entry.code,
        title: entry.action.title,
        change: entry.change,
        changes: entry.fields.map((field) => ({
          field,
          before: existing.get(entry.code)?.[field] ?? null,
          after: entry.action[field],
        })),
      })),
      problems,
      versions: Object.fromEntries(
        live.map((a) => [a.code, a.version] as const),
      ),
    });
    return toView(stored);
  }

  async apply(actor: AuthenticatedUser, id: string): Promise<ImportResultView> {
    const preview = this.previews.get(id);
    if (!preview.applicable)
      throw invalidRequest([
        {
          field: 'id',
          problems: [
            'this preview has problems or changes nothing; fix the file and upload it again',
          ],
        },
      ]);
    const result = await this.unitOfWork.run(async (em) => {
      const creates = preview.entries.filter((e) => e.change === 'create');
      const updates = preview.entries.filter((e) => e.change === 'update');
      const ids = new Map(
        (
          await em.find(Action, {
            where: {
              code: In(updates.map((e) => e.code)),
              deletedAt: IsNull(),
            },
            select: { id: true, code: true },
          })
        ).map((a) => [a.code, a.id]),
      );
      // New actions first, so that a lead handed over to a partner's new action
      // never leaves that partner leading nothing in between.
      for (const entry of creates)
        await atRow(entry, () =>
          this.actions.createWithin(em, actor, createDto(entry)),
        );
      for (const entry of updates) {
        const actionId = ids.get(entry.code);
        await atRow(entry, async () => {
          if (actionId === undefined)
            throw invalidRequest([
              {
                field: 'code',
                problems: [`${entry.code} has been deleted since the preview`],
              },
            ]);
          await this.actions.updateWithin(
            em,
            actor,
            actionId,
            updateDto(entry, preview.versions[entry.code], preview.fileName),
          );
        });
      }
      const summary = {
        created: creates.map((e) => e.code),
        updated: updates.map((e) => e.code),
      };
      await this.audit.record(em, actor, {
        action: 'import',
        entityType: 'action-plan',
        entityId: preview.id,
        summary: `Imported ${preview.fileName}: ${creates.length} created, ${updates.length} updated`,
        after: summary,
      });
      return summary;
    });
    this.previews.forget(id);
    return result;
  }

  get(id: string): ImportPreviewView {
    return toView(this.previews.get(id));
  }
}

function toView(stored: StoredPreview): ImportPreviewView {
  const count = (change: ImportEntry['change']) =>
    stored.entries.filter((e) => e.change === change).length;
  return {
    id: stored.id,
    fileName: stored.fileName,
    expiresAt: stored.expiresAt.toISOString(),
    applicable: stored.applicable,
    summary: {
      create: count('create'),
      update: count('update'),
      unchanged: count('unchanged'),
      problems: stored.problems.length,
    },
    rows: stored.rows,
    problems: stored.problems,
  };
}

/** Runs one row's change; a refusal names the row, keeping its status and details. */
async function atRow<T>(
  entry: ImportEntry,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof HttpException)) throw error;
    const response = error.getResponse();
    const body =
      typeof response === 'string' ? { message: response } : response;
    const message = String(
      (body as { message?: unknown }).message ?? error.message,
    );
    throw new HttpException(
      {
        ...body,
        statusCode: error.getStatus(),
        message: `Row ${entry.row} (${entry.code}): ${message}; nothing was imported`,
        row: entry.row,
      },
      error.getStatus(),
    );
  }
}

function createDto({ action }: ImportEntry): CreateActionDto {
  return { ...action };
}

function updateDto(
  entry: ImportEntry,
  version: number,
  fileName: string,
): UpdateActionDto {
  const changed = Object.fromEntries(
    entry.fields.map((field) => [field, entry.action[field]]),
  );
  return { ...changed, version, comment: `Imported from ${fileName}` };
}
