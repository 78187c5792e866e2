import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePermission } from '../auth/policy.decorator';
import { ParseIdPipe } from '../common/http/params';
import { UserPage, UserView } from './user.view';
import { CreateUserDto, UpdateUserDto, UsersQueryDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('accounts')
@ApiBearerAuth()
@RequirePermission('manage-accounts')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPage })
  list(@Query() query: UsersQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  get(@Param('id', ParseIdPipe) id: number) {
    return this.users.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'The e-mail address is taken' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  @ApiConflictResponse({ description: 'It would leave no active coordinator' })
  update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: UpdateUserDto,
  ) {
    return this.users.update(actor, id, dto);
  }
}
