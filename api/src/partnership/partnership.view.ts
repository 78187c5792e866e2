import { ApiProperty } from '@nestjs/swagger';
import {
  PHASE_KEYS,
  type PhaseKey,
  type PartnershipView as PartnershipContract,
} from '@ws/domain';

export class PartnershipView implements PartnershipContract {
  @ApiProperty({ example: '4 Motors 4 Industry of the Future' })
  name!: string;
  @ApiProperty({ enum: PHASE_KEYS, description: 'The current phase' })
  phase!: PhaseKey;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the joint action plan was adopted (ISO 8601)',
  })
  planAdoptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who adopted it' })
  planAdoptedBy!: string | null;
}
