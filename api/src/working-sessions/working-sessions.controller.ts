import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { PageQueryDto } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/params';
import { SessionChangesService } from './session-changes.service';
import {
  AgendaQueryDto,
  CreateWorkingSessionDto,
  FollowUpActionDto,
  UpdateWorkingSessionDto,
} from './working-sessions.dto';
import { WorkingSessionsService } from './working-sessions.service';

const CLOSED =
  'The session is closed: its record and snapshot no longer change';

@ApiTags('working-sessions')
@ApiBearerAuth()
@Controller('working-sessions')
export class WorkingSessionsController {
  constructor(
    private readonly sessions: WorkingSessionsService,
    private readonly changes: SessionChangesService,
  ) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({ description: 'The working sessions, newest first, paged' })
  list(@Query() query: PageQueryDto) {
    return this.sessions.list(query);
  }

  // Declared before ':id' so that the router does not read "preparation" as an id.
  @RequirePermission('manage-sessions')
  @Get('preparation')
  @ApiOkResponse({
    description:
      'The next open session and what it needs to discuss: decisions due or overdue, red, overdue and stale actions, broken rules',
  })
  preparation() {
    return this.sessions.preparation();
  }

  @RequirePermission('read')
  @Get(':id')
  @ApiOkResponse({
    description: 'A session with its attendees, agenda, decisions, minutes',
  })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.sessions.get(id);
  }

  @RequirePermission('manage-sessions')
  @Post()
  @ApiCreatedResponse({ description: 'The session created' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: CreateWorkingSessionDto,
  ) {
    return this.sessions.create(actor, dto);
  }

  @RequirePermission('manage-sessions')
  @Patch(':id')
  @ApiOkResponse({ description: 'The session changed' })
  @ApiConflictResponse({ description: CLOSED })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateWorkingSessionDto,
  ) {
    return this.sessions.update(actor, id, dto);
  }

  @RequirePermission('manage-sessions')
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({
    description: 'Closed; the progress figures of this moment are frozen',
  })
  @ApiConflictResponse({ description: 'Already closed' })
  close(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
  ) {
    return this.sessions.close(actor, id);
  }

  @RequirePermission('manage-sessions')
  @Post(':id/decisions/:decisionId/follow-up')
  @ApiCreatedResponse({
    description:
      'The action the decision calls for, created (led by the owner, due on the decision date) and linked',
  })
  @ApiConflictResponse({
    description: `${CLOSED}; or the decision already has its action`,
  })
  followUp(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Param('decisionId', ParseIdPipe) decisionId: number,
    @Body() dto: FollowUpActionDto,
  ) {
    return this.sessions.followUp(actor, id, decisionId, dto);
  }

  @RequirePermission('read')
  @Get(':id/snapshot')
  @ApiOkResponse({ description: 'The figures frozen when the session closed' })
  @ApiConflictResponse({ description: 'The session is not closed yet' })
  snapshot(@Param('id', ParseIdPipe) id: number) {
    return this.sessions.snapshot(id);
  }

  @RequirePermission('read')
  @Get(':id/changes')
  @ApiOkResponse({
    description:
      'What changed since the session closed: actions whose status, health or progress moved, new, cancelled and removed actions, milestones done, rules whose result changed, decisions due or overdue',
  })
  @ApiConflictResponse({ description: 'The session is not closed yet' })
  changesSince(@Param('id', ParseIdPipe) id: number) {
    return this.changes.since(id);
  }

  @RequirePermission('read')
  @Get(':id/agenda')
  @ApiProduces('application/pdf', 'text/markdown')
  @ApiOkResponse({ description: 'The agenda as PDF or Markdown' })
  async agenda(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: AgendaQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.sessions.agenda(id, query.format);
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
