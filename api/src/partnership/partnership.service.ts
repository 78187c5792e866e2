import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PARTNERSHIP_ID, Partnership } from './partnership.entity';
import type { PartnershipView } from './partnership.view';

@Injectable()
export class PartnershipService {
  constructor(
    @InjectRepository(Partnership)
    private readonly partnership: Repository<Partnership>,
  ) {}

  async get(): Promise<PartnershipView> {
    const { name, phase, planAdoptedAt, planAdoptedBy } =
      await this.partnership.findOneByOrFail({ id: PARTNERSHIP_ID });
    return { name, phase, planAdoptedAt, planAdoptedBy };
  }
}
