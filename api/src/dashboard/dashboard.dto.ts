import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { commaList, commaNumbers } from '../common/http/query-lists';
import {
  PHASE_KEYS,
  type PhaseKey,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
  STREAM_NUMBERS,
} from '@ws/domain';

export class DashboardQueryDto {
  @ApiPropertyOptional({ description: 'Phase keys, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @IsIn(PHASE_KEYS, { each: true })
  phase?: PhaseKey[];

  @ApiPropertyOptional({ description: 'Stream numbers, comma-separated' })
  @IsOptional()
  @Transform(commaNumbers)
  @IsIn(STREAM_NUMBERS, {
    each: true,
    message: 'stream must be stream numbers from 1 to 5',
  })
  stream?: number[];

  @ApiPropertyOptional({ description: 'Region codes, comma-separated' })
  @IsOptional()
  @Transform(commaList)
  @Matches(REGION_CODE_PATTERN, {
    each: true,
    message: 'region must be region codes such as ES51',
  })
  region?: string[];

  @ApiPropertyOptional({
    description:
      'Partner slugs, comma-separated: actions they lead or contribute to',
  })
  @IsOptional()
  @Transform(commaList)
  @Matches(SLUG_PATTERN, {
    each: true,
    message: 'partner must be partner slugs',
  })
  partner?: string[];
}
