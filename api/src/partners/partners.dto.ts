import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import {
  PARTNER_KINDS,
  type PartnerKind,
  REGION_CODE_PATTERN,
} from '@ws/domain';
import { PageQueryDto } from '../common/http/pagination';

export class PartnersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Region code', example: 'FRK' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, {
    message: 'region must be a region code such as FRK or CA-QC',
  })
  region?: string;

  @ApiPropertyOptional({ enum: PARTNER_KINDS })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}
