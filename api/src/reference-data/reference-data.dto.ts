import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  REGION_CODE_PATTERN,
  STREAM_NUMBERS,
  type StreamNumber,
} from '@ws/domain';
import { PageQueryDto } from '../common/http/pagination';

export class InitiativesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Region code', example: 'ES51' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, {
    message: 'region must be a region code such as ES51 or CA-QC',
  })
  region?: string;

  @ApiPropertyOptional({ enum: STREAM_NUMBERS })
  @IsOptional()
  @Type(() => Number)
  @IsIn(STREAM_NUMBERS, {
    message: 'stream must be a stream number from 1 to 5',
  })
  stream?: StreamNumber;
}
