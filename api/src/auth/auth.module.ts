import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Action } from '../actions/action.entity';
import { Investment } from '../investments/investment.entity';
import { Setting } from '../settings/setting.entity';
import { User } from '../users/user.entity';
import { AccountsSeeder } from './accounts.seeder';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { Passwords } from './passwords';
import { TokenService } from './token.service';

@Module({
  imports: [
    JwtModule.register({}),
    TypeOrmModule.forFeature([User, Setting, Action, Investment]),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    Passwords,
    LoginThrottle,
    AccountsSeeder,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [Passwords, AccountsSeeder],
})
export class AuthModule {}
