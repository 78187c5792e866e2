import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GOVERNANCE_RULE_IDS, type GovernanceRuleId } from '@ws/domain';

export class GovernanceViolationView {
  @ApiPropertyOptional({ description: 'Slug of the partner concerned' })
  partner?: string;
  @ApiPropertyOptional({ description: 'Number of the stream concerned' })
  stream?: number;
  @ApiPropertyOptional({ description: 'Code of the action concerned' })
  action?: string;
  @ApiProperty()
  message!: string;
}

export class GovernanceRuleView {
  @ApiProperty({ enum: GOVERNANCE_RULE_IDS })
  id!: GovernanceRuleId;
  @ApiProperty()
  title!: string;
  @ApiProperty({ description: 'Whether the rule holds' })
  ok!: boolean;
  @ApiProperty({ type: [GovernanceViolationView] })
  violations!: GovernanceViolationView[];
}

export class GovernanceView {
  @ApiProperty({ type: [GovernanceRuleView] })
  rules!: GovernanceRuleView[];
}
