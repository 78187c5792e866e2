import { Controller, Get, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { RequirePermission } from '../auth/policy.decorator';
import { ProgressReportQueryDto } from './progress-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@RequirePermission('read')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('progress')
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'text/markdown',
    'text/csv',
  )
  @ApiOkResponse({
    description:
      'The progress report of a period (Brussels days, inclusive) as a file: summary figures, ' +
      'progress per phase, stream and partner, rule results, status changes, overdue and ' +
      'at-risk actions, upcoming milestones, decisions, investment pipeline',
  })
  async progress(
    @Query() query: ProgressReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.reports.renderProgress(
      query.session === undefined
        ? { from: query.from as string, to: query.to as string }
        : { session: query.session },
      query.format,
    );
    response
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      })
      .send(file.body);
  }
}
