import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { PageQueryDto } from '../common/http/pagination';
import { ParseIdPipe } from '../common/http/params';
import {
  ActionPage,
  ActionView,
  CommentPage,
  CommentView,
  StatusUpdatePage,
  StatusUpdateResult,
} from './action.view';
import {
  ActionsQueryDto,
  CommentDto,
  CreateActionDto,
  StatusUpdateDto,
  UpdateActionDto,
} from './actions.dto';
import { ActionsService } from './actions.service';

@ApiTags('actions')
@ApiBearerAuth()
@Controller('actions')
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @RequirePermission('read')
  @Get()
  @ApiOkResponse({
    type: ActionPage,
    description: 'The joint action plan, filtered, sorted and paged',
  })
  list(@Query() query: ActionsQueryDto) {
    return this.actions.list(query);
  }

  @RequirePermission('read')
  @Get(':id')
  @ApiOkResponse({ type: ActionView })
  @ApiNotFoundResponse()
  get(@Param('id', ParseIdPipe) id: number) {
    return this.actions.get(id);
  }

  @RequirePermission('manage-actions')
  @Post()
  @ApiCreatedResponse({ type: ActionView })
  @ApiConflictResponse({ description: 'The code is taken' })
  create(
    @CurrentUser() actor: AuthenticatedUser,
    @Body() dto: CreateActionDto,
  ) {
    return this.actions.create(actor, dto);
  }

  @RequirePermission('update-action', { scope: 'action' })
  @Patch(':id')
  @ApiOkResponse({ type: ActionView })
  @ApiForbiddenResponse({
    description:
      "Another partner's action, or a field only the coordinator changes",
  })
  @ApiConflictResponse({
    description:
      'A stale version (currentVersion given), or a partner would lead no action after adoption',
  })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateActionDto,
  ) {
    return this.actions.update(actor, id, dto);
  }

  @RequirePermission('manage-actions')
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; its history is kept' })
  @ApiConflictResponse({
    description: 'A partner would lead no action after adoption',
  })
  async remove(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
  ): Promise<void> {
    await this.actions.remove(actor, id);
  }

  @RequirePermission('read')
  @Get(':id/updates')
  @ApiOkResponse({
    type: StatusUpdatePage,
    description: 'The history of the action, newest first',
  })
  listUpdates(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: PageQueryDto,
  ) {
    return this.actions.listUpdates(id, query);
  }

  @RequirePermission('update-action', { scope: 'action' })
  @Post(':id/updates')
  @ApiCreatedResponse({ type: StatusUpdateResult })
  addUpdate(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: StatusUpdateDto,
  ) {
    return this.actions.addUpdate(actor, id, dto);
  }

  @RequirePermission('read')
  @Get(':id/comments')
  @ApiOkResponse({ type: CommentPage })
  listComments(
    @Param('id', ParseIdPipe) id: number,
    @Query() query: PageQueryDto,
  ) {
    return this.actions.listComments(id, query);
  }

  @RequirePermission('comment-action', { scope: 'action' })
  @Post(':id/comments')
  @ApiCreatedResponse({ type: CommentView })
  addComment(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: CommentDto,
  ) {
    return this.actions.addComment(actor, id, dto);
  }
}
