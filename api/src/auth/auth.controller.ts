import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { LoginResponse, UserView } from '../users/user.view';
import { ChangePasswordDto, LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { Public, RequirePermission } from './policy.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed attempts for this account or client; see Retry-After',
  })
  login(@Body() dto: LoginDto, @Ip() client: string) {
    return this.auth.login(dto.email, dto.password, client);
  }

  @RequirePermission('read')
  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() user: AuthenticatedUser) {
    return this.auth.me(user);
  }

  @RequirePermission('read')
  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: LoginResponse,
    description:
      'The password changed; other sessions end and this one gets a new token',
  })
  @ApiBadRequestResponse({
    description: 'Wrong current password or a weak new one',
  })
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
  ) {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword);
  }
}
