import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthView as HealthContract } from '@ws/domain';
import { Public } from '../auth/policy.decorator';
import { Clock } from '../common/clock';
import { APP_VERSION } from '../version';

export class HealthView implements HealthContract {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';
  @ApiProperty({
    enum: ['up', 'down'],
    description: 'Whether the database answers a query',
  })
  database!: 'up' | 'down';
  @ApiProperty({ example: '0.1.0' })
  version!: string;
  @ApiProperty({ description: 'Server time (ISO 8601)' })
  time!: string;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({
    type: HealthView,
    description: 'The database does not answer',
  })
  async health(
    @Res({ passthrough: true }) response: Response,
  ): Promise<HealthView> {
    const up = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    if (!up) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: up ? 'ok' : 'degraded',
      database: up ? 'up' : 'down',
      version: APP_VERSION,
      time: this.clock.now().toISOString(),
    };
  }
}
