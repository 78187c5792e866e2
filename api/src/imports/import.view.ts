import { ApiProperty } from '@nestjs/swagger';
import {
  type ImportChange,
  type ImportPreviewView as ImportPreviewContract,
  type ImportProblem,
  type ImportResultView as ImportResultContract,
  PLAN_COLUMNS,
  type PlanField,
} from '@ws/domain';

const FIELDS = PLAN_COLUMNS.map((c) => c.key);

export class ImportProblemView implements ImportProblem {
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Row of the sheet (the header is row 1); null for the whole file',
  })
  row!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Lead partner' })
  column!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'E7' })
  cell!: string | null;
  @ApiProperty({ example: 'unknown partner "nobody"' })
  message!: string;
}

export class ImportFieldChangeView {
  @ApiProperty({ enum: FIELDS })
  field!: PlanField;
  @ApiProperty({ description: 'The value in the plan now' })
  before!: unknown;
  @ApiProperty({ description: 'The value of the file' })
  after!: unknown;
}

export class ImportRowView {
  @ApiProperty()
  row!: number;
  @ApiProperty({ example: 'S3-04' })
  code!: string;
  @ApiProperty()
  title!: string;
  @ApiProperty({ enum: ['create', 'update', 'unchanged'] })
  change!: ImportChange;
  @ApiProperty({ type: [ImportFieldChangeView] })
  changes!: ImportFieldChangeView[];
}

export class ImportSummaryView {
  @ApiProperty()
  create!: number;
  @ApiProperty()
  update!: number;
  @ApiProperty()
  unchanged!: number;
  @ApiProperty()
  problems!: number;
}

export class ImportPreviewView implements ImportPreviewContract {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
  fileName!: string;
  @ApiProperty({ description: 'ISO 8601; the preview cannot be applied after' })
  expiresAt!: string;
  @ApiProperty({
    description: 'True when the file has no problem and changes something',
  })
  applicable!: boolean;
  @ApiProperty({ type: ImportSummaryView })
  summary!: ImportSummaryView;
  @ApiProperty({ type: [ImportRowView] })
  rows!: ImportRowView[];
  @ApiProperty({ type: [ImportProblemView] })
  problems!: ImportProblemView[];
}

export class ImportResultView implements ImportResultContract {
  @ApiProperty({ type: [String], description: 'Codes of the actions created' })
  created!: string[];
  @ApiProperty({ type: [String], description: 'Codes of the actions updated' })
  updated!: string[];
}
