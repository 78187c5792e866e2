import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { ImportPreviewView, ImportResultView } from './import.view';
import { ImportsService, type UploadedPlan } from './imports.service';
import { MAX_IMPORT_BYTES } from './plan-file';
import {
  type PlanFile,
  PlanSheetService,
  XLSX_CONTENT_TYPE,
} from './plan-sheet.service';

export function sendPlanFile(response: Response, file: PlanFile): void {
  response
    .status(200)
    .set({
      'Content-Type': XLSX_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    })
    .send(file.body);
}

@ApiTags('action plan import')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly planSheet: PlanSheetService,
  ) {}

  @RequirePermission('read')
  @Get('template')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    description:
      'An empty action plan workbook whose list columns (stream, phase, lead, status, health) offer their values',
  })
  async template(@Res() response: Response): Promise<void> {
    sendPlanFile(response, await this.planSheet.template());
  }

  @RequirePermission('manage-actions')
  @Post()
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1 },
    }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({
    type: ImportPreviewView,
    description:
      'What applying the file would create and update, and every problem by row and column; nothing changes yet',
  })
  @ApiBadRequestResponse({
    description: 'No file, or not a readable XLSX or CSV',
  })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 2 MB' })
  preview(
    @CurrentUser() actor: AuthenticatedUser,
    @UploadedFile() file: UploadedPlan | undefined,
  ) {
    return this.imports.preview(actor, file);
  }

  @RequirePermission('manage-actions')
  @Get(':id')
  @ApiOkResponse({ type: ImportPreviewView })
  @ApiNotFoundResponse({
    description: 'No such preview (or the server restarted)',
  })
  @ApiGoneResponse({ description: 'The preview has expired' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string) {
    return this.imports.get(id);
  }

  @RequirePermission('manage-actions')
  @Post(':id/apply')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResultView })
  @ApiBadRequestResponse({
    description: 'The preview has problems or changes nothing',
  })
  @ApiConflictResponse({
    description:
      'An action changed since the preview, or a governance rule refuses a row; nothing was imported',
  })
  @ApiNotFoundResponse({
    description: 'No such preview (already applied, or the server restarted)',
  })
  @ApiGoneResponse({ description: 'The preview has expired' })
  apply(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ) {
    return this.imports.apply(actor, id);
  }
}

@ApiTags('action plan import')
@ApiBearerAuth()
@Controller('exports')
export class PlanExportController {
  constructor(private readonly planSheet: PlanSheetService) {}

  @RequirePermission('read')
  @Get('action-plan')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse({
    description:
      'The whole action plan in the template format: edited and imported again, it changes only what was edited',
  })
  async actionPlan(@Res() response: Response): Promise<void> {
    sendPlanFile(response, await this.planSheet.export());
  }
}
